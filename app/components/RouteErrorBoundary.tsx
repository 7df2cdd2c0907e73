import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useI18n, type MessageKey } from "~/i18n";

const known = new Set([400, 403, 404]);

/** The one error page every route uses: a real 404 / 400 / 403 page, or a calm 500. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const { t } = useI18n();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const kind = known.has(status) ? status : 500;
  if (kind === 500 && typeof document !== "undefined") {
    // Visible in the browser console for whoever is debugging; the server logs its own copy.
    console.warn(error);
  }
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-page__status">{status}</p>
      <h1 id="error-title">{t(`error.${kind}.title` as MessageKey)}</h1>
      <p>{t(`error.${kind}.body` as MessageKey)}</p>
      <p>
        <Link to="/" className="button">
          {t("error.home")}
        </Link>
      </p>
    </section>
  );
}
