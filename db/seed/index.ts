/**
 * `seedDemo(handle)`: loads regions and the deterministic demo catalogue (categories,
 * sellers with their users rows, products, image rows) in one transaction, then draws the
 * product pictures into the media store. Idempotent: rows are upserted by fixed ids and
 * existing rows are left alone, so a second call changes nothing and takes well under a second.
 */
import { inArray, sql } from "drizzle-orm";
import { mediaRoot, queryRows, type DbHandle, type Tx } from "../client";
import { categories, productImages, products, regions, sellers, users } from "../schema";
import { CATEGORY_HANDLES, COUNTY_PROFILES, type CountyProfile } from "./demo-data";
import { DEFAULT_SEED, generateDemoData, type DemoData } from "./generate";
import { writeProductImages, type WriteImagesResult } from "./images";
import { seedRegions, type RegionCounts } from "./regions";

export { seedRegions, type RegionCounts } from "./regions";
export {
  DEFAULT_SEED,
  generateDemoData,
  makeCategories,
  makeProduct,
  makeProductImages,
  makeSeller,
  makeUser,
  categoryId,
  createRng,
} from "./generate";
export type {
  DemoCategory,
  DemoData,
  DemoImage,
  DemoProduct,
  DemoSeller,
  DemoUser,
  Rng,
} from "./generate";

export interface SeedDemoOptions {
  /** Draw product pictures into the media store (default true; tests turn it off). */
  images?: boolean;
  /** Media store root (default `mediaRoot()`, i.e. `${DATA_DIR}/uploads`). */
  mediaDir?: string;
  log?: (msg: string) => void;
  /** Seed string; the default gives the standard demo. */
  seed?: string;
  /** Images rendered at once (default 3). */
  concurrency?: number;
}

export interface SeedDemoResult {
  regions: RegionCounts;
  /** Rows the demo has, and how many of them this call inserted. */
  totals: Record<"categories" | "users" | "sellers" | "products" | "images", number>;
  inserted: Record<"categories" | "users" | "sellers" | "products" | "images", number>;
  imageFiles: WriteImagesResult | null;
  /** Milliseconds spent in the database transaction and in image rendering. */
  ms: { database: number; images: number };
}

/** Rows per INSERT; every demo table stays far below PostgreSQL's 65535-parameter limit. */
const BATCH = 500;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/**
 * Checks that every demo county exists in `regions` under the name and 832 status the demo
 * data assumes; a stale code would otherwise surface as a confusing foreign-key error.
 */
export async function assertCountyProfiles(
  tx: Tx,
  profiles: readonly CountyProfile[] = COUNTY_PROFILES,
): Promise<void> {
  const rows = await tx
    .select({
      code: regions.code,
      name: regions.name,
      level: regions.level,
      poverty: regions.isPovertyCounty,
    })
    .from(regions)
    .where(
      inArray(
        regions.code,
        profiles.map((p) => p.code),
      ),
    );
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const problems = profiles.flatMap((p) => {
    const r = byCode.get(p.code);
    if (!r) return [`${p.code} ${p.name}: not in regions`];
    if (r.level !== "county") return [`${p.code} ${p.name}: is a ${r.level}`];
    if (r.name !== p.name) return [`${p.code}: regions says ${r.name}, demo data says ${p.name}`];
    if (r.poverty !== p.poverty)
      return [`${p.code} ${p.name}: 832 flag is ${r.poverty}, demo data says ${p.poverty}`];
    return [];
  });
  if (problems.length > 0)
    throw new Error(`demo county profiles disagree with regions:\n  ${problems.join("\n  ")}`);
}

/** Inserts the generated rows that are missing; returns how many of each were inserted. */
async function insertDemoRows(tx: Tx, data: DemoData): Promise<SeedDemoResult["inserted"]> {
  const inserted = { categories: 0, users: 0, sellers: 0, products: 0, images: 0 };

  // Categories carry fixed ids so factories can name them; a category that already exists
  // under its handle (someone else created it) keeps its own id and products follow it.
  const newCategories = await tx
    .insert(categories)
    .values(data.categories)
    .onConflictDoNothing()
    .returning({ id: categories.id });
  inserted.categories = newCategories.length;
  await tx.execute(
    sql`select setval(pg_get_serial_sequence('categories', 'id'), (select max(id) from categories))`,
  );
  const existing = await tx
    .select({ id: categories.id, handle: categories.handle })
    .from(categories)
    .where(inArray(categories.handle, [...CATEGORY_HANDLES]));
  const idByHandle = new Map(existing.map((c) => [c.handle, c.id]));
  const categoryIdFor = (generatedId: number): number => {
    const handle = CATEGORY_HANDLES[generatedId - 1];
    const id = handle ? idByHandle.get(handle) : undefined;
    if (id === undefined) throw new Error(`category ${handle ?? generatedId} missing after insert`);
    return id;
  };

  // Look up which ids exist first: on a reseed that is three cheap SELECTs instead of
  // ~450 conflicting INSERT rows. ON CONFLICT DO NOTHING still covers a concurrent seeder.
  const missing = async <T extends { id: string }>(
    table: typeof users | typeof sellers | typeof products,
    rows: T[],
  ) => {
    const found = new Set<string>();
    for (const batch of chunks(rows)) {
      const ids = batch.map((r) => r.id);
      for (const r of await tx.select({ id: table.id }).from(table).where(inArray(table.id, ids)))
        found.add(r.id);
    }
    return rows.filter((r) => !found.has(r.id));
  };

  for (const batch of chunks(await missing(users, data.users))) {
    const rows = await tx
      .insert(users)
      .values(batch)
      .onConflictDoNothing()
      .returning({ id: users.id });
    inserted.users += rows.length;
  }
  for (const batch of chunks(await missing(sellers, data.sellers))) {
    const rows = await tx
      .insert(sellers)
      .values(batch)
      .onConflictDoNothing()
      .returning({ id: sellers.id });
    inserted.sellers += rows.length;
  }
  const newProducts = new Set<string>();
  for (const batch of chunks(await missing(products, data.products))) {
    const rows = await tx
      .insert(products)
      .values(batch.map((p) => ({ ...p, categoryId: categoryIdFor(p.categoryId) })))
      .onConflictDoNothing()
      .returning({ id: products.id });
    for (const r of rows) newProducts.add(r.id);
  }
  inserted.products = newProducts.size;

  // Image rows only for products inserted now: re-inserting with DO NOTHING would still
  // draw serial ids and leave gaps, and a seller may have changed an existing product's photos.
  const imageRows = data.images
    .filter((im) => newProducts.has(im.productId))
    .map(({ art: _art, ...row }) => row);
  for (const batch of chunks(imageRows)) {
    const rows = await tx
      .insert(productImages)
      .values(batch)
      .onConflictDoNothing()
      .returning({ id: productImages.id });
    inserted.images += rows.length;
  }
  return inserted;
}

/**
 * Seeds regions and the demo catalogue (one transaction), then renders product images
 * (outside it: files are not transactional, and existing files are skipped).
 */
export async function seedDemo(
  handle: DbHandle,
  opts: SeedDemoOptions = {},
): Promise<SeedDemoResult> {
  const log = opts.log ?? (() => {});
  const data = generateDemoData(opts.seed ?? DEFAULT_SEED);

  const t0 = performance.now();
  let regionCounts: RegionCounts | undefined;
  let inserted: SeedDemoResult["inserted"] | undefined;
  await handle.db.transaction(async (tx) => {
    regionCounts = await seedRegions(tx);
    await assertCountyProfiles(tx);
    inserted = await insertDemoRows(tx, data);
  });
  const dbMs = Math.round(performance.now() - t0);
  if (!regionCounts || !inserted) throw new Error("seed transaction did not run");
  log(
    `regions: ${regionCounts.provinces} provinces, ${regionCounts.prefectures} prefectures, ${regionCounts.counties} counties (${regionCounts.povertyCounties} on the 832 list)`,
  );
  log(
    `demo data: inserted ${inserted.categories} categories, ${inserted.sellers} sellers, ${inserted.products} products, ${inserted.images} image rows (${dbMs} ms)`,
  );

  let imageFiles: WriteImagesResult | null = null;
  if (opts.images ?? true) {
    const mediaDir = opts.mediaDir ?? mediaRoot();
    imageFiles = await writeProductImages(data.images, {
      mediaDir,
      concurrency: opts.concurrency,
      log,
    });
    log(
      `images: ${imageFiles.written} rendered, ${imageFiles.skipped} already there (${imageFiles.ms} ms) in ${mediaDir}`,
    );
  }

  return {
    regions: regionCounts,
    totals: {
      categories: data.categories.length,
      users: data.users.length,
      sellers: data.sellers.length,
      products: data.products.length,
      images: data.images.length,
    },
    inserted,
    imageFiles,
    ms: { database: dbMs, images: imageFiles?.ms ?? 0 },
  };
}

/** Row counts of the seeded tables (for scripts and tests). */
export async function countSeededRows(handle: DbHandle): Promise<Record<string, number>> {
  const [row] = await queryRows<Record<string, number>>(
    handle.db,
    sql`select
      (select count(*)::int from regions) as regions,
      (select count(*)::int from regions where is_poverty_county) as "povertyCounties",
      (select count(*)::int from categories) as categories,
      (select count(*)::int from users) as users,
      (select count(*)::int from sellers) as sellers,
      (select count(*)::int from products) as products,
      (select count(*)::int from product_images) as "productImages"`,
  );
  return row ?? {};
}
