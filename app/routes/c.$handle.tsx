import { useLoaderData, useLocation } from "@remix-run/react";
import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { Pagination } from "~/components/Pagination";
import { ProductGrid } from "~/components/ProductGrid";
import { RouteErrorBoundary } from "~/components/RouteErrorBoundary";
import { SortLinks } from "~/components/SortLinks";
import { pick, translator, useI18n } from "~/i18n";
import { notFound } from "~/lib/errors";
import { Handle, parseListParams } from "~/lib/params";
import { canonical, seo } from "~/lib/seo";
import { getCategoryPage } from "~/modules/catalog/catalog.server";
import { loaderHeaders } from "~/lib/cache";
import { publicPage } from "~/modules/site.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const handle = Handle.safeParse(params.handle);
  if (!handle.success) throw notFound();
  const { page, sort } = parseListParams(new URL(request.url));
  const result = await getCategoryPage(handle.data, sort, page);
  if (!result) throw notFound();
  return publicPage(request, { ...result, sort });
}

export const headers = loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ data: d }) => {
  if (!d) return [];
  const t = translator(d.locale);
  const name = pick(d.locale, d.category.nameZh, d.category.nameEn);
  return seo({
    title:
      d.products.page > 1 ? `${name} · ${t("pagination.page", { page: d.products.page })}` : name,
    description:
      pick(d.locale, d.category.descriptionZh, d.category.descriptionEn) || t("site.description"),
    url: canonical(d.origin, `/c/${d.category.handle}`, { page: d.products.page }),
    siteName: t("site.name"),
    locale: d.locale,
  });
};

export default function CategoryPage() {
  const { category, products, sort } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  const search = new URLSearchParams(useLocation().search);
  const name = pick(locale, category.nameZh, category.nameEn);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), to: "/" },
          { label: t("nav.categories"), to: "/c" },
          { label: name },
        ]}
      />
      <header className="page-header">
        <h1>{name}</h1>
        <p className="page-header__lead">
          {pick(locale, category.descriptionZh, category.descriptionEn)}
        </p>
        <p className="page-header__count">{t("category.count", { count: products.total })}</p>
      </header>
      <SortLinks sort={sort} search={search} />
      {products.items.length === 0 ? (
        <p className="empty">{t("category.empty")}</p>
      ) : (
        <ProductGrid products={products.items} eagerCount={2} />
      )}
      <Pagination page={products.page} pageCount={products.pageCount} search={search} />
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
