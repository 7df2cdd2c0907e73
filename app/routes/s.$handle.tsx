import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { CountyCard } from "~/components/CountyCard";
import { Pagination } from "~/components/Pagination";
import { ProductGrid } from "~/components/ProductGrid";
import { RouteErrorBoundary } from "~/components/RouteErrorBoundary";
import { SortLinks } from "~/components/SortLinks";
import { CountyBadge } from "~/components/CountyBadge";
import { translator, useI18n } from "~/i18n";
import { notFound } from "~/lib/errors";
import { Handle, parseListParams } from "~/lib/params";
import { canonical, seo } from "~/lib/seo";
import { getSellerPage } from "~/modules/catalog/catalog.server";
import { loaderHeaders } from "~/lib/cache";
import { publicPage } from "~/modules/site.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const handle = Handle.safeParse(params.handle);
  if (!handle.success) throw notFound();
  const { page, sort } = parseListParams(new URL(request.url));
  const result = await getSellerPage(handle.data, sort, page);
  if (!result) throw notFound();
  return publicPage(request, { ...result, sort });
}

export const headers = loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ data: d }) => {
  if (!d) return [];
  const t = translator(d.locale);
  return seo({
    title: d.seller.shopName,
    description: d.seller.story || t("site.description"),
    url: canonical(d.origin, `/s/${d.seller.handle}`, { page: d.products.page }),
    siteName: t("site.name"),
    type: "profile",
    locale: d.locale,
    jsonLd: {
      "@context": "https://schema.org",
      "@type": "Store",
      name: d.seller.shopName,
      description: d.seller.story,
      address: {
        "@type": "PostalAddress",
        addressCountry: "CN",
        addressRegion: d.county.provinceName,
        addressLocality: d.county.name,
      },
    },
  });
};

export default function SellerPage() {
  const { seller, county, products, sort } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const search = new URLSearchParams(useLocation().search);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), to: "/" },
          { label: county.provinceName, to: `/r/${county.provinceCode}` },
          { label: county.name, to: `/r/${county.code}` },
          { label: seller.shopName },
        ]}
      />
      <header className="page-header shop-header">
        <h1>{seller.shopName}</h1>
        <p>{t("seller.owner", { name: seller.ownerDisplayName })}</p>
        <p>
          <Link to={`/r/${county.code}`}>
            {county.provinceName} · {county.name}
          </Link>{" "}
          <CountyBadge
            isPovertyCounty={county.isPovertyCounty}
            exitYear={county.exitYear}
            withYear
          />
        </p>
      </header>
      <div className="shop-about">
        <section aria-labelledby="story-title" className="shop-story">
          <h2 id="story-title">{t("seller.story")}</h2>
          <p>{seller.story}</p>
        </section>
        <CountyCard county={county} />
      </div>
      <section aria-labelledby="shop-products" className="section">
        <h2 id="shop-products">
          {t("seller.products")} <small>({products.total})</small>
        </h2>
        <SortLinks sort={sort} search={search} />
        <ProductGrid products={products.items} eagerCount={2} />
        <Pagination page={products.page} pageCount={products.pageCount} search={search} />
      </section>
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
