import { Link } from "@remix-run/react";
import type { CountyInfo } from "~/lib/catalog-types";
import { useI18n } from "~/i18n";
import { CountyBadge } from "./CountyBadge";

/**
 * Statistical placeholders that stand where a municipality or province has no real
 * prefecture (重庆 5002 "县", 4290 "省直辖县级行政区划", "市辖区"); not worth showing as a place.
 */
const placeholderPrefectures = new Set([
  "县",
  "市辖区",
  "省直辖县级行政区划",
  "自治区直辖县级行政区划",
]);

function placeName(name: string | null): string | null {
  return name && !placeholderPrefectures.has(name) ? name : null;
}

/** The county a product comes from: its place, the 832 label and its exit year. */
export function CountyCard({ county }: { county: CountyInfo }) {
  const { t } = useI18n();
  const place = [county.provinceName, placeName(county.prefectureName), county.name]
    .filter(Boolean)
    .join(" · ");
  return (
    <section className="county-card" aria-labelledby="county-card-title">
      <h2 id="county-card-title">{t("county.cardTitle", { name: county.name })}</h2>
      <p className="county-card__place">{place}</p>
      <p>
        <CountyBadge isPovertyCounty={county.isPovertyCounty} exitYear={county.exitYear} withYear />
      </p>
      <p>
        {county.isPovertyCounty
          ? t("county.cardBody832", { name: county.name, year: county.exitYear ?? "" })
          : t("county.cardBodyOther", { name: county.name })}
      </p>
      {county.isPovertyCounty && county.povertyListName ? (
        <p className="county-card__note">
          {t("county.listName", { name: county.povertyListName })}
        </p>
      ) : null}
      <p>
        <Link to={`/r/${county.code}`}>{t("county.visit", { name: county.name })}</Link>
      </p>
    </section>
  );
}
