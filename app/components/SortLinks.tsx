import { Link } from "@remix-run/react";
import { sortKeys, type SortKey } from "~/lib/catalog-types";
import { useI18n } from "~/i18n";

/** Sorting as plain links (no JavaScript needed); changing sort returns to page 1. */
export function SortLinks({ sort, search }: { sort: SortKey; search: URLSearchParams }) {
  const { t } = useI18n();
  return (
    <nav className="sort-links" aria-label={t("sort.label")}>
      <span className="sort-links__label" aria-hidden="true">
        {t("sort.label")}:
      </span>
      <ul>
        {sortKeys.map((key) => {
          const next = new URLSearchParams(search);
          next.delete("page");
          if (key === "newest") next.delete("sort");
          else next.set("sort", key);
          const qs = next.toString();
          return (
            <li key={key}>
              <Link
                to={qs ? `?${qs}` : "?"}
                aria-current={key === sort ? "true" : undefined}
                className={key === sort ? "is-active" : undefined}
              >
                {t(`sort.${key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
