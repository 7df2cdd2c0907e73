import { formatFen } from "~/lib/money";
import { useI18n } from "~/i18n";

/** Shows an amount of integer fen as currency in the current locale. */
export function Money({ fen, className }: { fen: number; className?: string }) {
  const { locale } = useI18n();
  return (
    <span className={className} data-fen={fen}>
      {formatFen(fen, locale)}
    </span>
  );
}
