import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { products, regions, sellers } from "#db/schema";
import { queryRows, type DbHandle } from "#db/client";
import { useDbHandle } from "~/modules/db.server";
import {
  getCategoryPage,
  getHome,
  getProduct,
  getRegionPage,
  getSellerPage,
  PAGE_SIZE,
  sitemapEntries,
} from "~/modules/catalog/catalog.server";
import { freshDb } from "../helpers/db";

let handle: DbHandle;

beforeAll(async () => {
  handle = await freshDb({ seed: true });
  useDbHandle(handle);
});
afterAll(async () => {
  await handle?.close();
});

/** Public products in a category, counted straight from the tables. */
async function publicCount(categoryHandle: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    handle.db,
    sql`select count(*)::int as n from products p join sellers s on s.id = p.seller_id
        join categories c on c.id = p.category_id
        where c.handle = ${categoryHandle} and p.status = 'active' and s.status = 'verified'`,
  );
  return row!.n;
}

describe("catalogue (public storefront data)", () => {
  it("home shows best sellers, new arrivals, categories, new shops and 832 provinces", async () => {
    const home = await getHome();
    expect(home.featured).toHaveLength(8);
    const sold = home.featured.map((p) => p.handle);
    expect(new Set(sold).size).toBe(8);
    expect(home.newest).toHaveLength(8);
    expect(home.categories.length).toBeGreaterThanOrEqual(8);
    expect(home.newestSellers.length).toBeGreaterThan(0);
    expect(home.provinces.length).toBeGreaterThanOrEqual(8);
    for (const p of home.provinces) {
      expect(p.code).toMatch(/^\d{2}$/);
      expect(p.countiesWithSellers).toBeGreaterThan(0);
      expect(p.povertyCounties).toBeGreaterThanOrEqual(p.countiesWithSellers);
    }
  });

  it("a category pages through every public product exactly once, in the chosen order", async () => {
    const home = await getHome();
    const cat = home.categories.find((c) => c.productCount > PAGE_SIZE)!;
    expect(cat, "a category with more than one page").toBeTruthy();
    const expected = await publicCount(cat.handle);
    expect(cat.productCount).toBe(expected);
    const first = (await getCategoryPage(cat.handle, "price-asc", 1))!;
    expect(first.products.total).toBe(expected);
    expect(first.products.pageCount).toBe(Math.ceil(expected / PAGE_SIZE));
    const seen: string[] = [];
    let prices: number[] = [];
    for (let page = 1; page <= first.products.pageCount; page++) {
      const res = (await getCategoryPage(cat.handle, "price-asc", page))!;
      seen.push(...res.products.items.map((p) => p.handle));
      prices = prices.concat(res.products.items.map((p) => p.priceFen));
    }
    expect(seen).toHaveLength(expected);
    expect(new Set(seen).size).toBe(expected);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(await getCategoryPage(cat.handle, "price-asc", first.products.pageCount + 1)).toBeNull();
    expect(await getCategoryPage("no-such-category", "newest", 1)).toBeNull();
  });

  it("product page carries the county, its province and the 832 label with the exit year", async () => {
    const [poor] = await queryRows<{ handle: string; code: string; exit_year: number }>(
      handle.db,
      sql`select p.handle, r.code, r.exit_year from products p join sellers s on s.id = p.seller_id
          join regions r on r.code = p.origin_county_code
          where r.is_poverty_county and p.status = 'active' and s.status = 'verified' limit 1`,
    );
    const product = (await getProduct(poor!.handle))!;
    expect(product.county.code).toBe(poor!.code);
    expect(product.county.isPovertyCounty).toBe(true);
    expect(product.county.exitYear).toBe(poor!.exit_year);
    expect(product.county.provinceCode).toBe(poor!.code.slice(0, 2));
    expect(product.county.prefectureCode).toBe(poor!.code.slice(0, 4));
    expect(product.images.length).toBeGreaterThanOrEqual(1);

    const [other] = await queryRows<{ handle: string }>(
      handle.db,
      sql`select p.handle from products p join sellers s on s.id = p.seller_id
          join regions r on r.code = p.origin_county_code
          where not r.is_poverty_county and p.status = 'active' and s.status = 'verified' limit 1`,
    );
    const ordinary = (await getProduct(other!.handle))!;
    expect(ordinary.county.isPovertyCounty).toBe(false);
  });

  it("drafts, archived products and products of unverified sellers never reach the storefront", async () => {
    const hidden = await queryRows<{ handle: string }>(
      handle.db,
      sql`select p.handle from products p join sellers s on s.id = p.seller_id
          where p.status <> 'active' or s.status <> 'verified'`,
    );
    expect(hidden.length).toBeGreaterThan(0);
    for (const h of hidden) expect(await getProduct(h.handle)).toBeNull();
    const map = await sitemapEntries();
    const listed = new Set(map.products.map((p) => p.handle));
    for (const h of hidden) expect(listed.has(h.handle)).toBe(false);
  });

  it("suspending a seller removes the shop and its products from every page", async () => {
    const [victim] = await handle.db
      .select({ id: sellers.id, handle: sellers.handle, county: sellers.countyCode })
      .from(sellers)
      .where(eq(sellers.status, "verified"))
      .limit(1);
    const [prod] = await handle.db
      .select({ handle: products.handle })
      .from(products)
      .where(and(eq(products.sellerId, victim!.id), eq(products.status, "active")))
      .limit(1);
    expect(await getProduct(prod!.handle)).not.toBeNull();
    expect(await getSellerPage(victim!.handle, "newest", 1)).not.toBeNull();

    await handle.db.update(sellers).set({ status: "suspended" }).where(eq(sellers.id, victim!.id));
    try {
      expect(await getProduct(prod!.handle)).toBeNull();
      expect(await getSellerPage(victim!.handle, "newest", 1)).toBeNull();
      const region = (await getRegionPage(victim!.county, "newest", 1))!;
      expect(region.sellers.map((s) => s.handle)).not.toContain(victim!.handle);
      expect(region.products.items.map((p) => p.handle)).not.toContain(prod!.handle);
    } finally {
      await handle.db.update(sellers).set({ status: "verified" }).where(eq(sellers.id, victim!.id));
    }
  });

  it("region pages nest province → prefecture → county and reject malformed codes", async () => {
    const [county] = await handle.db
      .select({ code: sellers.countyCode })
      .from(sellers)
      .innerJoin(regions, eq(regions.code, sellers.countyCode))
      .where(and(eq(sellers.status, "verified"), eq(regions.isPovertyCounty, true)))
      .limit(1);
    const code = county!.code;
    const countyPage = (await getRegionPage(code, "newest", 1))!;
    expect(countyPage.trail.map((r) => r.code)).toEqual([code.slice(0, 2), code.slice(0, 4), code]);
    expect(countyPage.county?.isPovertyCounty).toBe(true);
    expect(countyPage.sellers.length).toBeGreaterThan(0);
    const province = (await getRegionPage(code.slice(0, 2), "newest", 1))!;
    expect(province.children.some((c) => c.code === code.slice(0, 4))).toBe(true);
    expect(province.povertyCounties).toBeGreaterThan(0);
    for (const bad of ["%", "52_", "5", "1234567", "abc", "99"]) {
      expect(await getRegionPage(bad, "newest", 1)).toBeNull();
    }
  });
});
