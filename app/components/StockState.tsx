import { useI18n } from "~/i18n";

/** Below this many units a product shows "only N left". */
export const LOW_STOCK = 10;

/** In stock / only N left / sold out. */
export function StockState({ stock, compact = false }: { stock: number; compact?: boolean }) {
  const { t } = useI18n();
  if (stock <= 0) return <p className="stock stock--out">{t("product.soldOut")}</p>;
  if (stock < LOW_STOCK)
    return <p className="stock stock--low">{t("product.lowStock", { count: stock })}</p>;
  return compact ? null : <p className="stock stock--in">{t("product.inStock")}</p>;
}
