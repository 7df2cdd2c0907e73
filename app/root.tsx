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
import { useNonce } from "~/lib/nonce";
import { getSessionUser } from "~/modules/auth/accounts.server";
import { requestLocale, siteOrigin } from "~/modules/site.server";
import styles from "~/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  return {
    locale: requestLocale(request),
    origin: siteOrigin(request),
    user: user && { displayName: user.displayName },
  };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

function Header({ locale, user }: { locale: Locale; user: RootData["user"] | undefined }) {
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
        {user ? (
          <div className="site-account">
            <Link to="/account" aria-label={`${t("auth.nav.account")}: ${user.displayName}`}>
              {user.displayName}
            </Link>
            <Form method="post" action="/logout" reloadDocument>
              <button type="submit" className="link-button">
                {t("auth.nav.logout")}
              </button>
            </Form>
          </div>
        ) : (
          <div className="site-account">
            <Link to="/login">{t("auth.nav.login")}</Link>
            <span aria-hidden="true"> / </span>
            <Link to="/signup">{t("auth.nav.signup")}</Link>
          </div>
        )}
        <Form method="post" action="/locale" className="locale-form" reloadDocument>
          <input type="hidden" name="lang" value={other} />
          <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
          <button
            type="submit"
            className="link-button"
            lang={other}
            aria-label={t("locale.switchLabel")}
          >
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
  const nonce = useNonce();
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
          <Header locale={locale} user={data?.user} />
          <main id="main" className="site-main">
            {children}
          </main>
          <Footer locale={locale} />
        </I18nContext.Provider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export const ErrorBoundary = RouteErrorBoundary;
