import { Link, useLoaderData } from "@remix-run/react";
import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { CountyCard } from "~/components/CountyCard";
import { Image, imageUrl } from "~/components/Image";
import { Price } from "~/components/Price";
import { RouteErrorBoundary } from "~/components/RouteErrorBoundary";
import { SellerCard } from "~/components/SellerCard";
import { StockState } from "~/components/StockState";
import { pick, translator, useI18n } from "~/i18n";
import { notFound } from "~/lib/errors";
import { Handle } from "~/lib/params";
import { canonical, seo } from "~/lib/seo";
import { getProduct } from "~/modules/catalog/catalog.server";
import { loaderHeaders } from "~/lib/cache";
import { publicPage } from "~/modules/site.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const handle = Handle.safeParse(params.handle);
  if (!handle.success) throw notFound();
  const product = await getProduct(handle.data);
  if (!product) throw notFound();
  return publicPage(request, { product });
}

export const headers = loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ data: d }) => {
  if (!d) return [];
  const { product: p, origin, locale } = d;
  const t = translator(locale);
  const title = pick(locale, p.title, p.titleEn);
  const url = canonical(origin, `/p/${p.handle}`);
  const images = p.images.map((img) => `${origin}${imageUrl(img, 1200)}`);
  return seo({
    title,
    description: p.description,
    url,
    siteName: t("site.name"),
    image: images[0],
    type: "product",
    locale,
    jsonLd: {
      "@context": "https://schema.org",
      "@type": "Product",
      name: p.title,
      description: p.description,
      image: images,
      sku: p.handle,
      category: p.categoryNameZh,
      brand: { "@type": "Brand", name: p.seller.shopName },
      countryOfOrigin: "CN",
      offers: {
        "@type": "Offer",
        url,
        priceCurrency: "CNY",
        // JSON-LD wants a decimal string; fen stay integers everywhere else.
        price: (p.priceFen / 100).toFixed(2),
        availability: p.stock > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
        seller: { "@type": "Organization", name: p.seller.shopName },
      },
    },
  });
};

export default function ProductPage() {
  const { product: p } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  const title = pick(locale, p.title, p.titleEn);
  const category = pick(locale, p.categoryNameZh, p.categoryNameEn);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), to: "/" },
          { label: category, to: `/c/${p.categoryHandle}` },
          { label: title },
        ]}
      />
      <div className="product">
        <section className="gallery" aria-label={t("product.gallery")}>
          {p.images.length === 0 ? (
            <div className="gallery__placeholder">{t("product.noImage")}</div>
          ) : (
            // Focusable so keyboard users can scroll the photos (axe: scrollable-region-focusable).
            <ul className="gallery__track" tabIndex={0} aria-label={t("product.gallery")}>
              {p.images.map((img, i) => (
                <li key={img.storageKey} id={`photo-${i + 1}`} className="gallery__slide">
                  <Image
                    image={img}
                    eager={i === 0}
                    alt={`${title} — ${t("product.imageN", { n: i + 1 })}`}
                    sizes="(min-width: 900px) 520px, 100vw"
                  />
                </li>
              ))}
            </ul>
          )}
          {p.images.length > 1 ? (
            <ol className="gallery__thumbs">
              {p.images.map((img, i) => (
                <li key={img.storageKey}>
                  <a href={`#photo-${i + 1}`} aria-label={t("product.imageN", { n: i + 1 })}>
                    <img src={imageUrl(img, 320)} alt="" width={64} height={64} loading="lazy" />
                  </a>
                </li>
              ))}
            </ol>
          ) : null}
        </section>

        <section className="product__info" aria-labelledby="product-title">
          <h1 id="product-title">{title}</h1>
          {locale === "en" && p.titleEn ? (
            <p className="product__alt-title" lang="zh-CN">
              {p.title}
            </p>
          ) : null}
          <Price
            className="product__price"
            priceFen={p.priceFen}
            compareAtPriceFen={p.compareAtPriceFen}
            large
          />
          <StockState stock={p.stock} />
          <dl className="product__facts">
            <div>
              <dt>{t("product.unit")}</dt>
              <dd>{p.unit}</dd>
            </div>
            {p.weightGrams ? (
              <div>
                <dt>{t("product.weight")}</dt>
                <dd>{t("product.grams", { grams: p.weightGrams })}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t("product.origin")}</dt>
              <dd>
                <Link to={`/r/${p.county.code}`}>
                  {p.county.provinceName} · {p.county.name}
                </Link>
              </dd>
            </div>
            <div>
              <dt>{t("product.soldLabel")}</dt>
              <dd>{p.soldCount}</dd>
            </div>
          </dl>
          <h2>{t("product.description")}</h2>
          <div className="product__description">
            {p.description.split(/\n+/).map((para, i) => (
              <p key={i}>{para}</p>
            ))}
          </div>
        </section>
      </div>

      <div className="product__cards">
        <section aria-label={t("product.seller")}>
          <SellerCard seller={p.seller} headingLevel={2} />
          <p>
            <Link to={`/s/${p.seller.handle}`} className="button button--secondary">
              {t("seller.visit")}
            </Link>
          </p>
        </section>
        <CountyCard county={p.county} />
      </div>
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
