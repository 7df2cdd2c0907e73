import { Link, useLoaderData } from "@remix-run/react";
import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { ProductGrid } from "~/components/ProductGrid";
import { SellerCard } from "~/components/SellerCard";
import { RouteErrorBoundary } from "~/components/RouteErrorBoundary";
import { pick, translator, useI18n } from "~/i18n";
import { seo } from "~/lib/seo";
import { getHome } from "~/modules/catalog/catalog.server";
import { loaderHeaders } from "~/lib/cache";
import { publicPage } from "~/modules/site.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const home = await getHome();
  return publicPage(request, home);
}

export const headers = loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ data: d }) => {
  if (!d) return [];
  const t = translator(d.locale);
  return seo({
    title: t("site.tagline"),
    description: t("site.description"),
    url: `${d.origin}/`,
    siteName: t("site.name"),
    locale: d.locale,
    jsonLd: {
      "@context": "https://schema.org",
      "@type": "WebSite",
      name: t("site.name"),
      url: `${d.origin}/`,
    },
  });
};

export default function Home() {
  const { featured, newest, categories, newestSellers, provinces } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t("home.hero.title")}</h1>
        <p>{t("home.hero.body")}</p>
        <p>
          <a href="#featured" className="button">
            {t("home.hero.cta")}
          </a>
        </p>
      </section>

      <section aria-labelledby="cats-title" className="section">
        <h2 id="cats-title">{t("home.categories")}</h2>
        <ul className="chip-list">
          {categories.map((c) => (
            <li key={c.handle}>
              <Link to={`/c/${c.handle}`} className="chip">
                {pick(locale, c.nameZh, c.nameEn)}
                <span className="chip__count">{c.productCount}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section id="featured" aria-labelledby="featured-title" className="section">
        <h2 id="featured-title">{t("home.featured")}</h2>
        <ProductGrid products={featured} eagerCount={2} />
      </section>

      <section aria-labelledby="from832-title" className="section">
        <h2 id="from832-title">{t("home.from832")}</h2>
        <p className="section__lead">{t("home.from832.body")}</p>
        <ul className="province-list">
          {provinces.map((p) => (
            <li key={p.code}>
              <Link to={`/r/${p.code}`} className="province-card">
                <span className="province-card__name">{p.name}</span>
                <span className="province-card__stats">
                  {t("home.provinceStats", {
                    counties: p.countiesWithSellers,
                    products: p.productCount,
                  })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="newest-title" className="section">
        <h2 id="newest-title">{t("home.newest")}</h2>
        <ProductGrid products={newest} />
      </section>

      <section aria-labelledby="sellers-title" className="section">
        <h2 id="sellers-title">{t("home.newestSellers")}</h2>
        <ul className="seller-grid">
          {newestSellers.map((s) => (
            <li key={s.handle}>
              <SellerCard seller={s} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
