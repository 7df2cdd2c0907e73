import { Link } from "@remix-run/react";
import type { ProductCardData } from "~/lib/catalog-types";
import { pick, useI18n } from "~/i18n";
import { CountyBadge } from "./CountyBadge";
import { Image } from "./Image";
import { Price } from "./Price";
import { StockState } from "./StockState";

/** A product tile for grids: photo, title, price, county and the 832 label. */
export function ProductCard({
  product,
  eager = false,
}: {
  product: ProductCardData;
  eager?: boolean;
}) {
  const { locale, t } = useI18n();
  const title = pick(locale, product.title, product.titleEn);
  return (
    <article className="product-card">
      <Link to={`/p/${product.handle}`} className="product-card__link">
        <div className="product-card__media">
          {product.image ? (
            <Image
              image={product.image}
              alt=""
              eager={eager}
              sizes="(min-width: 1100px) 260px, (min-width: 700px) 30vw, 46vw"
            />
          ) : (
            <div className="product-card__placeholder">{t("product.noImage")}</div>
          )}
        </div>
        <h3 className="product-card__title">{title}</h3>
      </Link>
      <Price
        className="product-card__price"
        priceFen={product.priceFen}
        compareAtPriceFen={product.compareAtPriceFen}
      />
      <p className="product-card__meta">
        <span>
          {product.provinceName} · {product.countyName}
        </span>{" "}
        <CountyBadge isPovertyCounty={product.isPovertyCounty} exitYear={product.exitYear} />
      </p>
      <StockState stock={product.stock} compact />
    </article>
  );
}
