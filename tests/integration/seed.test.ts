/**
 * The demo seed: deterministic (same seed → same rows in any fresh database), believable
 * (young verified sellers across many real poverty counties, sane prices and stock), and
 * idempotent. Image rendering is checked on two products only, into a temporary directory.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type DbHandle } from "#db/client";
import { products, sellers, users } from "#db/schema";
import { REFERENCE_DATE } from "#db/seed/demo-data";
import { imagePath, productImageSvg, writeProductImages } from "#db/seed/images";
import {
  createRng,
  generateDemoData,
  makeProduct,
  makeProductImages,
  makeSeller,
  seedDemo,
} from "#db/seed";
import { freshDb, type TestDbHandle } from "../helpers/db";

let seeded: TestDbHandle;
let other: TestDbHandle;

beforeAll(async () => {
  // One database seeded by the template build, one seeded here: they must agree to the byte.
  [seeded, other] = await Promise.all([freshDb({ seed: true }), freshDb()]);
  await seedDemo(other, { images: false });
});
afterAll(async () => {
  await Promise.all([seeded?.close(), other?.close()]);
});

const rows = <T extends Record<string, unknown>>(h: DbHandle, query: ReturnType<typeof sql>) =>
  queryRows<T>(h.db, query);

/** An md5 over every seeded table's rows, in a fixed order (serial image ids left out). */
async function fingerprint(h: DbHandle): Promise<Record<string, string>> {
  const [row] = await rows<Record<string, string>>(
    h,
    sql`select
      (select md5(string_agg(t::text, ',' order by t.id)) from categories t) as categories,
      (select md5(string_agg(t::text, ',' order by t.id)) from users t) as users,
      (select md5(string_agg(t::text, ',' order by t.id)) from sellers t) as sellers,
      (select md5(string_agg(t::text, ',' order by t.id)) from products t) as products,
      (select md5(string_agg(concat_ws('|', product_id, position, storage_key, widths, width, height, alt, created_at),
                  ',' order by product_id, position)) from product_images) as images`,
  );
  return row ?? {};
}

describe("seedDemo", () => {
  it("produces identical rows from the same seed in two fresh databases", async () => {
    const [a, b] = await Promise.all([fingerprint(seeded), fingerprint(other)]);
    expect(Object.values(a).every((v) => typeof v === "string" && v.length === 32)).toBe(true);
    expect(b).toEqual(a);
  });

  it("has about 40 verified young sellers in at least 20 poverty counties of at least 8 provinces", async () => {
    const [s] = await rows<{
      verified: number;
      poor_sellers: number;
      counties: number;
      provinces: number;
      pending: number;
    }>(
      seeded,
      sql`select count(*) filter (where s.status = 'verified')::int as verified,
                 count(*) filter (where s.status = 'verified' and r.is_poverty_county)::int as poor_sellers,
                 count(distinct s.county_code) filter (where s.status = 'verified' and r.is_poverty_county)::int as counties,
                 count(distinct r.province_code) filter (where s.status = 'verified' and r.is_poverty_county)::int as provinces,
                 count(*) filter (where s.status = 'pending')::int as pending
          from sellers s join regions r on r.code = s.county_code`,
    );
    expect(s!.poor_sellers).toBeGreaterThanOrEqual(35);
    expect(s!.verified).toBeLessThanOrEqual(50);
    expect(s!.counties).toBeGreaterThanOrEqual(20);
    expect(s!.provinces).toBeGreaterThanOrEqual(8);
    expect(s!.pending).toBeGreaterThanOrEqual(1);
  });

  it("makes every seller 18–35 years old in 2026, verified ones with a verification date", async () => {
    const bad = await rows<{ handle: string }>(
      seeded,
      sql`select handle from sellers
          where 2026 - birth_year not between 18 and 35
             or (status = 'verified') <> (verified_at is not null)
             or user_id is null or story = '' or shop_name = ''`,
    );
    expect(bad).toEqual([]);
    const [u] = await rows<{ n: number }>(
      seeded,
      sql`select count(*)::int as n from sellers s join users u on u.id = s.user_id and u.display_name = s.owner_display_name`,
    );
    const [s] = await rows<{ n: number }>(seeded, sql`select count(*)::int as n from sellers`);
    expect(u?.n).toBe(s?.n);
  });

  it("sells public products from counties outside the 832 too", async () => {
    const [r] = await rows<{ n: number }>(
      seeded,
      sql`select count(*)::int as n from products p join sellers s on s.id = p.seller_id
          join regions r on r.code = p.origin_county_code
          where p.status = 'active' and s.status = 'verified' and not r.is_poverty_county`,
    );
    expect(r!.n).toBeGreaterThan(0);
  });

  it("gives products sane prices, stock, dates and origins", async () => {
    const bad = await rows<{ handle: string; why: string }>(
      seeded,
      sql`select p.handle, case
            when p.price_fen <= 0 then 'price'
            when p.compare_at_price_fen is not null and p.compare_at_price_fen <= p.price_fen then 'compare-at'
            when p.origin_county_code <> s.county_code then 'origin'
            when p.status <> 'draft' and p.published_at is null then 'unpublished'
            when p.published_at > ${REFERENCE_DATE.toISOString()}::timestamptz
              or p.published_at < ${REFERENCE_DATE.toISOString()}::timestamptz - interval '180 days' then 'published_at'
            when p.handle !~ '^[a-z0-9-]+$' then 'handle'
            when p.description not like '%' || r.name || '%' then 'description'
            when p.title_en is null or p.unit = '' or p.weight_grams is null then 'fields'
          end as why
          from products p join sellers s on s.id = p.seller_id join regions r on r.code = p.origin_county_code`,
    );
    expect(bad.filter((b) => b.why !== null)).toEqual([]);

    const [m] = await rows<{
      n: number;
      sold_out: number;
      low: number;
      discounted: number;
      drafts: number;
      archived: number;
      categories: number;
    }>(
      seeded,
      sql`select count(*)::int as n,
                 count(*) filter (where stock = 0)::int as sold_out,
                 count(*) filter (where stock between 1 and 9)::int as low,
                 count(*) filter (where compare_at_price_fen is not null)::int as discounted,
                 count(*) filter (where status = 'draft')::int as drafts,
                 count(*) filter (where status = 'archived')::int as archived,
                 count(distinct category_id)::int as categories
          from products`,
    );
    expect(m!.n).toBeGreaterThanOrEqual(350);
    expect(m!.n).toBeLessThanOrEqual(450);
    for (const k of ["sold_out", "low", "discounted", "drafts", "archived"] as const)
      expect(m![k]).toBeGreaterThan(0);
    expect(m!.categories).toBe(10);
    // Prices arrive as JS numbers; they must be whole fen.
    const prices = await seeded.db.select({ p: products.priceFen }).from(products);
    expect(prices.every(({ p }) => Number.isInteger(p) && p > 0)).toBe(true);
  });

  it("gives every product 1–3 image rows in three widths, with alt text", async () => {
    const bad = await rows<{ handle: string }>(
      seeded,
      sql`select p.handle from products p left join product_images i on i.product_id = p.id
          group by p.handle having count(i.id) not between 1 and 3
             or bool_or(i.widths <> '{320,640,1200}' or i.alt not like p.title || '%' or i.storage_key <> 'products/' || p.handle || '/' || i.position)`,
    );
    expect(bad).toEqual([]);
  });

  it("is idempotent: a second call inserts nothing and changes nothing", async () => {
    const before = await fingerprint(other);
    const result = await seedDemo(other, { images: false });
    expect(result.inserted).toEqual({
      categories: 0,
      users: 0,
      sellers: 0,
      products: 0,
      images: 0,
    });
    expect(await fingerprint(other)).toEqual(before);
    // The serial sequence was moved past the fixed category ids, so new categories still insert.
    const [c] = await rows<{ id: number }>(
      other,
      sql`insert into categories (handle, name_zh, name_en) values ('tmp-seq-check', '临时', 'Temp') returning id`,
    );
    expect(c!.id).toBeGreaterThan(10);
  });
});

describe("factories (shared with the seed)", () => {
  it("build sellers and products that insert into a database with regions", async () => {
    const rng = createRng("factory-test");
    const seller = makeSeller(rng, { countyCode: "522634" });
    await other.db.insert(sellers).values(seller);
    const items = Array.from({ length: 5 }, () =>
      makeProduct(rng, { sellerId: seller.id, originCountyCode: seller.countyCode }),
    );
    await other.db.insert(products).values(items);
    expect(items.every((p) => p.title.startsWith("雷山") && p.priceFen > 0)).toBe(true);
    // A seller with its users row, as the seed writes it.
    const userId = createRng("factory-user").uuid();
    await other.db.insert(users).values({ id: userId, displayName: seller.ownerDisplayName });
    const s2 = makeSeller(rng, { userId, status: "pending", verifiedAt: null });
    await other.db.insert(sellers).values(s2);
  });

  it("are deterministic in their random stream", () => {
    expect(makeProduct(createRng(7))).toEqual(makeProduct(createRng(7)));
    expect(generateDemoData("other-seed").products[0]?.id).not.toBe(
      generateDemoData().products[0]?.id,
    );
  });
});

describe("product images", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "qm-images-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("renders each image as square WebP at 320, 640 and 1200 px, and skips existing files", async () => {
    const data = generateDemoData();
    const images = [
      ...makeProductImages(createRng(1), data.products[0]!, data.images[0]!.art, 2),
      data.images.find((i) => i.art.motif === "embroidery")!,
    ];
    const first = await writeProductImages(images, { mediaDir: dir, concurrency: 2 });
    expect(first).toMatchObject({ written: 3, skipped: 0 });
    for (const image of images) {
      for (const width of [320, 640, 1200]) {
        const meta = await sharp(imagePath(dir, image.storageKey, width)).metadata();
        expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
          format: "webp",
          width,
          height: width,
        });
      }
    }
    const second = await writeProductImages(images, { mediaDir: dir });
    expect(second).toMatchObject({ written: 0, skipped: 3 });
  });

  it("draws no text (no fonts needed) and the same picture for the same key", () => {
    const art = { category: "tea" as const, motif: "leaves" as const, tint: "#5f9e3f" };
    const svg = productImageSvg(art, "products/p-1/1", 1);
    expect(svg).not.toMatch(/<text|font-family/);
    expect(productImageSvg(art, "products/p-1/1", 1)).toBe(svg);
    expect(productImageSvg(art, "products/p-2/1", 1)).not.toBe(svg);
  });
});
