import { useI18n } from "~/i18n";

interface CountyBadgeProps {
  isPovertyCounty: boolean;
  exitYear: number | null;
  /** Also show the exit year (摘帽年份). */
  withYear?: boolean;
}

/** The "832" label of a national poverty county; renders nothing for other counties. */
export function CountyBadge({ isPovertyCounty, exitYear, withYear = false }: CountyBadgeProps) {
  const { t } = useI18n();
  if (!isPovertyCounty) return null;
  return (
    <span className="badge-832">
      {t("county.badge832")}
      {withYear && exitYear ? (
        <span className="badge-832__year"> · {t("county.exitYear", { year: exitYear })}</span>
      ) : null}
    </span>
  );
}
