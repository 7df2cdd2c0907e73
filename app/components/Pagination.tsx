import { Link } from "@remix-run/react";
import { useI18n } from "~/i18n";

/** Link for `page` keeping the other search params. */
function pageHref(search: URLSearchParams, page: number): string {
  const next = new URLSearchParams(search);
  if (page <= 1) next.delete("page");
  else next.set("page", String(page));
  const qs = next.toString();
  return qs ? `?${qs}` : "?";
}

/** Numbered pages within 2 of the current one, plus first and last. */
function visiblePages(page: number, pageCount: number): (number | "gap")[] {
  const out: (number | "gap")[] = [];
  for (let p = 1; p <= pageCount; p++) {
    if (p === 1 || p === pageCount || Math.abs(p - page) <= 2) out.push(p);
    else if (out[out.length - 1] !== "gap") out.push("gap");
  }
  return out;
}

/** Link-based pagination (works without JavaScript). */
export function Pagination({
  page,
  pageCount,
  search,
}: {
  page: number;
  pageCount: number;
  search: URLSearchParams;
}) {
  const { t } = useI18n();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      <p className="visually-hidden">{t("pagination.status", { page, pageCount })}</p>
      <ul>
        <li>
          {page > 1 ? (
            <Link to={pageHref(search, page - 1)} rel="prev" preventScrollReset={false}>
              {t("pagination.prev")}
            </Link>
          ) : (
            <span className="pagination__disabled">{t("pagination.prev")}</span>
          )}
        </li>
        {visiblePages(page, pageCount).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" className="pagination__current">
                  <span className="visually-hidden">{t("pagination.page", { page: p })}</span>
                  <span aria-hidden="true">{p}</span>
                </span>
              ) : (
                <Link to={pageHref(search, p)} aria-label={t("pagination.page", { page: p })}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link to={pageHref(search, page + 1)} rel="next">
              {t("pagination.next")}
            </Link>
          ) : (
            <span className="pagination__disabled">{t("pagination.next")}</span>
          )}
        </li>
      </ul>
    </nav>
  );
}
