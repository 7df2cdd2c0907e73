import { useI18n } from "~/i18n";
import { formatFen } from "~/lib/money";
import { Money } from "./Money";

interface PriceProps {
  priceFen: number;
  compareAtPriceFen: number | null;
  className: string;
  /** The product page shows it big, with the saving spelled out. */
  large?: boolean;
}

/** A price with its struck-through compare-at price (announced as "was" to screen readers). */
export function Price({ priceFen, compareAtPriceFen, className, large = false }: PriceProps) {
  const { t, locale } = useI18n();
  return (
    <p className={className}>
      <Money fen={priceFen} className={large ? "price price--large" : "price"} />
      {compareAtPriceFen ? (
        <>
          <s className="price-compare">
            <span className="visually-hidden">{t("product.compareAt")} </span>
            <Money fen={compareAtPriceFen} />
          </s>
          {large ? (
            <span className="price-save">
              {t("product.discount", { amount: formatFen(compareAtPriceFen - priceFen, locale) })}
            </span>
          ) : null}
        </>
      ) : null}
    </p>
  );
}
