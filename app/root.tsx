import {
  Form,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteLoaderData,
} from "@remix-run/react";
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { useMemo, type ReactNode } from "react";
import { defaultLocale, I18nContext, translator, type Locale } from "~/i18n";
import { RouteErrorBoundary } from "~/components/RouteErrorBoundary";
import { requestLocale, siteOrigin } from "~/modules/site.server";
import styles from "~/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  return { locale: requestLocale(request), origin: siteOrigin(request) };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

function Header({ locale }: { locale: Locale }) {
  const t = translator(locale);
  const location = useLocation();
  const other: Locale = locale === "en" ? "zh-CN" : "en";
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="logo" aria-label={t("site.name")}>
          <span aria-hidden="true" className="logo__mark">
            苗
          </span>
          <span className="logo__text">{t("site.name")}</span>
        </Link>
        <nav aria-label={t("nav.main")} className="site-nav">
          <Link to="/c">{t("nav.categories")}</Link>
        </nav>
        <Form method="post" action="/locale" className="locale-form" reloadDocument>
          <input type="hidden" name="lang" value={other} />
          <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
          <button type="submit" className="link-button" lang={other} aria-label={t("locale.switchLabel")}>
            {t("locale.switch")}
          </button>
        </Form>
      </div>
    </header>
  );
}

function Footer({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <footer className="site-footer">
      <p>{t("footer.about")}</p>
      <p>{t("footer.data")}</p>
      <p>{t("footer.demo")}</p>
    </footer>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<RootData>("root");
  const locale = data?.locale ?? defaultLocale;
  const i18n = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#2f7d32" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nContext.Provider value={i18n}>
          <a href="#main" className="skip-link">
            {i18n.t("nav.skip")}
          </a>
          <Header locale={locale} />
          <main id="main" className="site-main">
            {children}
          </main>
          <Footer locale={locale} />
        </I18nContext.Provider>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export const ErrorBoundary = RouteErrorBoundary;
