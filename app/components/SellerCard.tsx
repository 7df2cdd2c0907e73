import { Link } from "@remix-run/react";
import type { SellerCardData } from "~/lib/catalog-types";
import { useI18n } from "~/i18n";
import { CountyBadge } from "./CountyBadge";

/** A shop tile: name, owner, county, a line of the story. */
export function SellerCard({
  seller,
  headingLevel = 3,
}: {
  seller: SellerCardData;
  headingLevel?: 2 | 3;
}) {
  const { t } = useI18n();
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="seller-card">
      <H className="seller-card__name">
        <Link to={`/s/${seller.handle}`}>{seller.shopName}</Link>
      </H>
      <p className="seller-card__owner">{t("seller.owner", { name: seller.ownerDisplayName })}</p>
      <p className="seller-card__place">
        <Link to={`/r/${seller.countyCode}`}>
          {seller.provinceName} · {seller.countyName}
        </Link>{" "}
        <CountyBadge isPovertyCounty={seller.isPovertyCounty} exitYear={null} />
      </p>
      <p className="seller-card__story">{seller.story}</p>
      <p className="seller-card__count">
        {t("seller.productCount", { count: seller.productCount })}
      </p>
    </article>
  );
}
