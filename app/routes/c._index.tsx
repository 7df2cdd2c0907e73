import { Link, useLoaderData } from "@remix-run/react";
import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { RouteErrorBoundary } from "~/components/RouteErrorBoundary";
import { pick, translator, useI18n } from "~/i18n";
import { seo } from "~/lib/seo";
import { listCategories } from "~/modules/catalog/catalog.server";
import { loaderHeaders } from "~/lib/cache";
import { publicPage } from "~/modules/site.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const categories = await listCategories();
  return publicPage(request, { categories });
}

export const headers = loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ data: d }) => {
  if (!d) return [];
  const t = translator(d.locale);
  return seo({
    title: t("nav.categories"),
    description: t("site.description"),
    url: `${d.origin}/c`,
    siteName: t("site.name"),
    locale: d.locale,
  });
};

export default function Categories() {
  const { categories } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.home"), to: "/" }, { label: t("nav.categories") }]} />
      <h1>{t("nav.categories")}</h1>
      <ul className="category-list">
        {categories.map((c) => (
          <li key={c.handle}>
            <Link to={`/c/${c.handle}`} className="category-tile">
              <span className="category-tile__name">{pick(locale, c.nameZh, c.nameEn)}</span>
              <span className="category-tile__count">
                {t("category.count", { count: c.productCount })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
