import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { CountyBadge } from "~/components/CountyBadge";
import { CountyCard } from "~/components/CountyCard";
import { Pagination } from "~/components/Pagination";
import { ProductGrid } from "~/components/ProductGrid";
import { RouteErrorBoundary } from "~/components/RouteErrorBoundary";
import { SellerCard } from "~/components/SellerCard";
import { SortLinks } from "~/components/SortLinks";
import { translator, useI18n } from "~/i18n";
import { notFound } from "~/lib/errors";
import { parseListParams, RegionCode } from "~/lib/params";
import { canonical, seo } from "~/lib/seo";
import { getRegionPage } from "~/modules/catalog/catalog.server";
import { loaderHeaders } from "~/lib/cache";
import { publicPage } from "~/modules/site.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = RegionCode.safeParse(params.code);
  if (!code.success) throw notFound();
  const { page, sort } = parseListParams(new URL(request.url));
  const result = await getRegionPage(code.data, sort, page);
  if (!result) throw notFound();
  return publicPage(request, { ...result, sort });
}

export const headers = loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ data: d }) => {
  if (!d) return [];
  const t = translator(d.locale);
  const place = d.trail.map((r) => r.name).join(" · ");
  return seo({
    title: place,
    description: d.county
      ? d.county.isPovertyCounty
        ? t("county.cardBody832", { name: d.county.name, year: d.county.exitYear ?? "" })
        : t("county.cardBodyOther", { name: d.county.name })
      : t("region.povertyCounties", { count: d.povertyCounties }),
    url: canonical(d.origin, `/r/${d.region.code}`, { page: d.products.page }),
    siteName: t("site.name"),
    locale: d.locale,
  });
};

export default function RegionPage() {
  const { region, trail, county, povertyCounties, children, sellers, products, sort } =
    useLoaderData<typeof loader>();
  const { t } = useI18n();
  const search = new URLSearchParams(useLocation().search);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), to: "/" },
          ...trail.map((r) => ({ label: r.name, to: `/r/${r.code}` })),
        ]}
      />
      <header className="page-header">
        <p className="page-header__kicker">{t(`region.level.${region.level}`)}</p>
        <h1>{region.name}</h1>
        {county ? (
          <p>
            <CountyBadge
              isPovertyCounty={county.isPovertyCounty}
              exitYear={county.exitYear}
              withYear
            />
          </p>
        ) : (
          <p>{t("region.povertyCounties", { count: povertyCounties })}</p>
        )}
      </header>

      {county ? <CountyCard county={county} /> : null}

      {children.length > 0 ? (
        <section aria-labelledby="children-title" className="section">
          <h2 id="children-title">{t("region.children")}</h2>
          <ul className="region-list">
            {children.map((c) => (
              <li key={c.code}>
                <Link to={`/r/${c.code}`}>{c.name}</Link>{" "}
                <CountyBadge isPovertyCounty={c.isPovertyCounty} exitYear={c.exitYear} />
                {c.sellerCount > 0 ? (
                  <span className="region-list__count">
                    {t("region.sellerCount", { count: c.sellerCount })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="sellers-title" className="section">
        <h2 id="sellers-title">{t("region.sellers")}</h2>
        {sellers.length === 0 ? (
          <p className="empty">{t("region.noSellers")}</p>
        ) : (
          <ul className="seller-grid">
            {sellers.map((s) => (
              <li key={s.handle}>
                <SellerCard seller={s} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="products-title" className="section">
        <h2 id="products-title">
          {t("region.products")} <small>({products.total})</small>
        </h2>
        {products.total === 0 ? (
          <p className="empty">{t("region.noProducts")}</p>
        ) : (
          <>
            <SortLinks sort={sort} search={search} />
            <ProductGrid products={products.items} />
            <Pagination page={products.page} pageCount={products.pageCount} search={search} />
          </>
        )}
      </section>
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
