/**
 * The deterministic demo-data generator. `generateDemoData(seed)` returns plain row objects
 * (same seed → identical data); the same builders are exported as test factories
 * (`makeSeller`, `makeProduct`, …) so tests and the seed share one definition of a
 * believable seller or product.
 */
import type { ProductStatus } from "../schema/products";
import type { SellerStatus } from "../schema/sellers";
import type { NewProduct } from "../schema/products";
import type { NewSeller } from "../schema/sellers";
import {
  CATEGORIES,
  CATEGORY_HANDLES,
  COUNTY_PROFILES,
  OWNER_NAMES,
  PENDING_COUNTIES,
  PRODUCT_TEMPLATES,
  REFERENCE_DATE,
  REFERENCE_YEAR,
  SELLER_AGE,
  SHOP_QUALIFIERS,
  SHOP_SENTENCES,
  STORY_TEMPLATES,
  VERIFIED_OTHER_COUNTIES,
  VERIFIED_POVERTY_COUNTIES,
  WORK_CITIES,
  type CategoryHandle,
  type CountyProfile,
  type Motif,
  type ProductTemplate,
  type Signature,
  type Spec,
  type Variant,
} from "./demo-data";
import { createRng, uuidV5, type Rng } from "./random";

/** The seed `npm run db:seed` and `npm run demo` use. Changing it changes every id. */
export const DEFAULT_SEED = "qingmiao-demo-v1";
/** How many products the demo has in total. */
export const DEMO_PRODUCT_COUNT = 400;
/** Widths every product image is rendered at (ascending); the largest is the original. */
export const IMAGE_WIDTHS = [320, 640, 1200] as const;

const DAY_MS = 86_400_000;

export interface DemoCategory {
  id: number;
  handle: CategoryHandle;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  position: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoUser {
  id: string;
  displayName: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoSeller {
  id: string;
  handle: string;
  userId: string | null;
  shopName: string;
  ownerDisplayName: string;
  birthYear: number;
  countyCode: string;
  story: string;
  status: SellerStatus;
  verifiedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DemoProduct {
  id: string;
  handle: string;
  sellerId: string;
  categoryId: number;
  originCountyCode: string;
  title: string;
  titleEn: string;
  description: string;
  priceFen: number;
  compareAtPriceFen: number | null;
  stock: number;
  unit: string;
  weightGrams: number;
  status: ProductStatus;
  soldCount: number;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What images.ts needs to draw a picture; not stored in the database. */
export interface ImageArt {
  category: CategoryHandle;
  motif: Motif;
  tint: string;
}

export interface DemoImage {
  productId: string;
  position: number;
  storageKey: string;
  widths: number[];
  width: number;
  height: number;
  alt: string;
  createdAt: Date;
  updatedAt: Date;
  art: ImageArt;
}

export interface DemoData {
  seed: string;
  categories: DemoCategory[];
  users: DemoUser[];
  sellers: DemoSeller[];
  products: DemoProduct[];
  images: DemoImage[];
}

// Compile-time proof that the plain objects are insertable rows.
type Assignable<T extends U, U> = T;
export type _SellerRowCheck = Assignable<DemoSeller, NewSeller>;
export type _ProductRowCheck = Assignable<DemoProduct, NewProduct>;

const categoryById = new Map(CATEGORIES.map((c, i) => [c.handle, i + 1]));

/** The fixed id of a demo category (its 1-based position in CATEGORIES); the seed inserts these ids. */
export function categoryId(handle: CategoryHandle): number {
  const id = categoryById.get(handle);
  if (id === undefined) throw new Error(`unknown category ${handle}`);
  return id;
}

/** The category rows, with fixed ids 1…10 and dates at the reference time. */
export function makeCategories(): DemoCategory[] {
  const at = new Date(REFERENCE_DATE.getTime() - 365 * DAY_MS);
  return CATEGORIES.map((c, i) => ({
    id: i + 1,
    handle: c.handle,
    nameZh: c.nameZh,
    nameEn: c.nameEn,
    descriptionZh: c.descriptionZh,
    descriptionEn: c.descriptionEn,
    position: i + 1,
    createdAt: at,
    updatedAt: at,
  }));
}

const templates = new Map(PRODUCT_TEMPLATES.map((t) => [t.key, t]));
const profiles = new Map(COUNTY_PROFILES.map((p) => [p.code, p]));

/** The product template with this key (throws on an unknown key: the data files disagree). */
export function templateFor(key: string): ProductTemplate {
  const t = templates.get(key);
  if (!t) throw new Error(`unknown product template ${key}`);
  return t;
}

/** The demo county profile for a county code, if the demo knows that county. */
export function profileFor(code: string): CountyProfile | undefined {
  return profiles.get(code);
}

const asSignature = (s: string | Signature): Signature => (typeof s === "string" ? { key: s } : s);

/** A timestamp `days` (fractional) before the reference date, rounded to whole seconds. */
function daysBefore(days: number): Date {
  return new Date(Math.round((REFERENCE_DATE.getTime() - days * DAY_MS) / 1000) * 1000);
}

/** A short random ASCII tag for factory handles, so many factory rows never collide. */
function tag(rng: Rng): string {
  let out = "";
  for (let i = 0; i < 8; i++) out += "abcdefghijkmnpqrstuvwxyz23456789"[rng.int(0, 31)];
  return out;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

interface SellerContext {
  handle: string;
  id: string;
  userId: string | null;
  status: SellerStatus;
  usedNames?: Set<string>;
  usedShops?: Set<string>;
}

/** Builds one seller from a county profile (shared by the generator and `makeSeller`). */
function buildSeller(rng: Rng, profile: CountyProfile, ctx: SellerContext): DemoSeller {
  const mainTemplate = templateFor(asSignature(profile.products[0] ?? "wildflower-honey").key);
  const main = asSignature(profile.products[0] ?? "wildflower-honey");
  const category = CATEGORIES.find((c) => c.handle === mainTemplate.category) ?? CATEGORIES[0];
  if (!category) throw new Error("no categories");

  // Prefer names that fit the place and that no other demo seller has.
  const unused = (names: readonly string[]) => names.filter((n) => !ctx.usedNames?.has(n));
  const local = unused(profile.names ?? []);
  const general = unused(OWNER_NAMES);
  const ownerDisplayName = rng.pick(
    local.length > 0 ? local : general.length > 0 ? general : OWNER_NAMES,
  );
  ctx.usedNames?.add(ownerDisplayName);

  const noun = rng.pick(category.shopNouns);
  const shapes = [
    () => `${profile.short}${ownerDisplayName}的${noun}`,
    () => `${ownerDisplayName}家的${noun}`,
    () => `${profile.short}${rng.pick(SHOP_QUALIFIERS)}${noun}`,
    () => `${rng.pick(SHOP_QUALIFIERS)}${noun}·${profile.short}`,
  ];
  let shopName = rng.pick(shapes)();
  for (let i = 0; ctx.usedShops?.has(shopName) && i < 10; i++) shopName = rng.pick(shapes)();
  if (ctx.usedShops?.has(shopName)) shopName = `${shopName}${ctx.usedShops.size + 1}号店`;
  ctx.usedShops?.add(shopName);

  const verified = ctx.status === "verified";
  // Verified at least 190 days before the reference date, so every product (published in
  // the last 180 days) comes after its shop's verification.
  const verifiedAt = verified ? daysBefore(rng.int(190, 540) + rng.next()) : null;
  const createdAt = verifiedAt
    ? new Date(verifiedAt.getTime() - rng.int(2, 20) * DAY_MS - rng.int(0, 86_399) * 1000)
    : daysBefore(rng.int(3, 20) + rng.next());
  const returnYear = (verifiedAt ?? createdAt).getUTCFullYear() - rng.int(0, 2);
  const story = fill(rng.pick(STORY_TEMPLATES), {
    county: profile.name,
    short: profile.short,
    city: rng.pick(WORK_CITIES),
    years: rng.int(2, 8),
    year: returnYear,
    craft: category.craftZh,
    households: rng.int(6, 60),
    product: main.nameZh ?? mainTemplate.nameZh,
  });
  return {
    id: ctx.id,
    handle: ctx.handle,
    userId: ctx.userId,
    shopName,
    ownerDisplayName,
    // 18–35 in the reference year, and already 18 the year before (when most were verified).
    birthYear: rng.int(REFERENCE_YEAR - SELLER_AGE.max, REFERENCE_YEAR - SELLER_AGE.min - 1),
    countyCode: profile.code,
    story,
    status: ctx.status,
    verifiedAt,
    createdAt,
    updatedAt: verifiedAt ?? createdAt,
  };
}

/** Factory: a believable seller (verified, in a random demo poverty county unless overridden). */
export function makeSeller(rng: Rng, overrides: Partial<DemoSeller> = {}): DemoSeller {
  const profile =
    (overrides.countyCode ? profileFor(overrides.countyCode) : undefined) ??
    rng.pick(COUNTY_PROFILES.filter((p) => p.poverty));
  const handle = overrides.handle ?? `s-${tag(rng)}-${profile.pinyin}`;
  const built = buildSeller(rng, profile, {
    handle,
    id: overrides.id ?? rng.uuid(),
    userId: null,
    status: overrides.status ?? "verified",
  });
  return { ...built, ...overrides };
}

/** Factory: the users row behind a seller (display name = the owner's display name). */
export function makeUser(rng: Rng, overrides: Partial<DemoUser> = {}): DemoUser {
  const at = daysBefore(rng.int(200, 600));
  return {
    id: rng.uuid(),
    displayName: rng.pick(OWNER_NAMES),
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

interface ProductChoice {
  template: ProductTemplate;
  signature: Signature;
  variant: Variant;
  spec: Spec;
}

/** Every distinct (product, variant, spec) a county's profile can offer. */
function choicesFor(profile: CountyProfile): ProductChoice[][] {
  return profile.products.map((entry) => {
    const signature = asSignature(entry);
    const template = templateFor(signature.key);
    return template.variants.flatMap((variant) =>
      template.specs.map((spec) => ({ template, signature, variant, spec })),
    );
  });
}

interface ProductContext {
  id: string;
  handle: string;
  sellerId: string;
  /** Products are published after this (the shop's verification). */
  notBefore: Date | null;
}

/** Rounds a yuan amount to a shop-like price in fen (…9 or …8 endings, sometimes .90/.80). */
function shopPrice(rng: Rng, yuan: number): number {
  let base = Math.max(1, Math.round(yuan));
  if (base >= 10 && base % 10 === 0) base -= 1;
  return Math.max(100, base * 100 - rng.pick([0, 0, 0, 0, 10, 20]));
}

/** Builds one product from a choice (shared by the generator and `makeProduct`). */
function buildProduct(
  rng: Rng,
  profile: CountyProfile,
  choice: ProductChoice,
  ctx: ProductContext,
): DemoProduct {
  const { template, signature, variant, spec } = choice;
  const nameZh = signature.nameZh ?? template.nameZh;
  const nameEn = signature.nameEn ?? template.nameEn;
  const category = CATEGORIES.find((c) => c.handle === template.category);
  if (!category) throw new Error(`template ${template.key}: unknown category`);

  // County short name first, unless the product's own name already starts with it (五指山红茶).
  const place = nameZh.startsWith(profile.short) ? "" : profile.short;
  const prefix = rng.chance(signature.nameZh ? 0.25 : 0.55) ? rng.pick(template.prefixes) : "";
  const title = [`${place}${prefix}${nameZh}`, variant.zh, spec.zh].filter(Boolean).join(" ");
  const pinyin = profile.pinyin.charAt(0).toUpperCase() + profile.pinyin.slice(1);
  const placeEn = nameEn.startsWith(pinyin) ? "" : `${pinyin} `;
  const titleEn = [`${placeEn}${nameEn}`, variant.en, spec.en].filter(Boolean).join(", ");

  const details = rng.sample(template.detailZh, 2);
  const description = [
    `这款${nameZh}来自${profile.name}。`,
    profile.geoZh,
    ...details,
    fill(rng.pick(SHOP_SENTENCES), { short: profile.short }),
    rng.pick(category.careZh),
  ].join("");

  const priceFen = shopPrice(rng, rng.int(spec.yuan[0], spec.yuan[1]) * variant.factor);
  const compareAtPriceFen = rng.chance(0.25)
    ? Math.max(priceFen + 100, Math.ceil((priceFen * (1.15 + rng.next() * 0.3)) / 100) * 100)
    : null;

  const crafted = template.category === "handicrafts" || template.category === "textiles";
  const stockBand = rng.weighted<"out" | "low" | "mid" | "high">(
    crafted
      ? [
          ["out", 10],
          ["low", 35],
          ["mid", 55],
        ]
      : [
          ["out", 8],
          ["low", 12],
          ["mid", 45],
          ["high", 35],
        ],
  );
  const stock = {
    out: 0,
    low: rng.int(1, 9),
    mid: rng.int(10, crafted ? 40 : 99),
    high: rng.int(100, 800),
  }[stockBand];

  const status = rng.weighted<ProductStatus>([
    ["active", 94],
    ["draft", 3],
    ["archived", 3],
  ]);
  // Published within the 180 days before the reference date (and after verification).
  let ageDays = rng.next() * 180;
  if (ctx.notBefore)
    ageDays = Math.min(ageDays, (REFERENCE_DATE.getTime() - ctx.notBefore.getTime()) / DAY_MS);
  const published = daysBefore(ageDays);
  const publishedAt = status === "draft" ? null : published;
  const createdAt = new Date(published.getTime() - rng.int(1, 72) * 3_600_000);

  const popularity = rng.pick([0.1, 0.3, 0.6, 1.2, 2.5]);
  let soldCount =
    status === "draft" ? 0 : rng.int(0, 5) + Math.floor(ageDays * rng.next() * popularity);
  if (stock === 0 && status !== "draft") soldCount = Math.max(soldCount, rng.int(20, 200));

  return {
    id: ctx.id,
    handle: ctx.handle,
    sellerId: ctx.sellerId,
    categoryId: categoryId(template.category),
    originCountyCode: profile.code,
    title,
    titleEn,
    description,
    priceFen,
    compareAtPriceFen,
    stock,
    unit: spec.unit,
    weightGrams: spec.grams,
    status,
    soldCount,
    publishedAt,
    createdAt,
    updatedAt: publishedAt ?? createdAt,
  };
}

/** Options for `makeProduct`, besides column overrides. */
export interface MakeProductOptions extends Partial<DemoProduct> {
  /** Product template key (e.g. "green-tea"); default: one the county is known for. */
  template?: string;
}

/**
 * Factory: a believable product. Its county defaults to a random demo county (override
 * `originCountyCode` with a demo county to keep titles sensible); `sellerId` defaults to a
 * random uuid, so pass a real seller's id before inserting.
 */
export function makeProduct(rng: Rng, overrides: MakeProductOptions = {}): DemoProduct {
  const { template: templateKey, ...columns } = overrides;
  const profile =
    (columns.originCountyCode ? profileFor(columns.originCountyCode) : undefined) ??
    rng.pick(COUNTY_PROFILES);
  const entries = profile.products.map(asSignature);
  const signature = templateKey
    ? (entries.find((e) => e.key === templateKey) ?? { key: templateKey })
    : rng.pick(entries);
  const template = templateFor(signature.key);
  const choice = {
    template,
    signature,
    variant: rng.pick(template.variants),
    spec: rng.pick(template.specs),
  };
  const built = buildProduct(rng, profile, choice, {
    id: columns.id ?? rng.uuid(),
    handle: columns.handle ?? `p-${tag(rng)}-${profile.pinyin}-${template.slug}`,
    sellerId: columns.sellerId ?? rng.uuid(),
    notBefore: null,
  });
  return { ...built, ...columns };
}

/** Factory: 1–3 image rows for a product (or exactly `count`), keyed by its handle. */
export function makeProductImages(
  rng: Rng,
  product: Pick<DemoProduct, "id" | "handle" | "title" | "categoryId" | "createdAt">,
  art: Omit<ImageArt, "category"> | null = null,
  count?: number,
): DemoImage[] {
  const category = CATEGORY_HANDLES[product.categoryId - 1] ?? "honey";
  const fallback = PRODUCT_TEMPLATES.find((t) => t.category === category);
  const n =
    count ??
    rng.weighted([
      [1, 3],
      [2, 4],
      [3, 3],
    ]);
  return Array.from({ length: n }, (_, i) => ({
    productId: product.id,
    position: i + 1,
    storageKey: `products/${product.handle}/${i + 1}`,
    widths: [...IMAGE_WIDTHS],
    width: 1200,
    height: 1200,
    alt: `${product.title} 图片${i + 1}`,
    createdAt: product.createdAt,
    updatedAt: product.createdAt,
    art: {
      category,
      motif: art?.motif ?? fallback?.motif ?? "jar",
      tint: art?.tint ?? fallback?.tint ?? "#c08040",
    },
  }));
}

/**
 * Splits `total` products over sellers: each gets between `min` and its own cap (what its
 * county can offer), nudged one at a time until the sum is exact.
 */
function allocate(rng: Rng, caps: number[], total: number, min: number, max: number): number[] {
  const counts = caps.map((cap) => Math.min(cap, rng.int(min, max)));
  let sum = counts.reduce((a, b) => a + b, 0);
  for (let guard = 0; sum !== total && guard < 100_000; guard++) {
    const i = rng.int(0, counts.length - 1);
    const c = counts[i] ?? 0;
    if (sum < total && c < Math.min(max + 3, caps[i] ?? 0)) {
      counts[i] = c + 1;
      sum++;
    } else if (sum > total && c > min) {
      counts[i] = c - 1;
      sum--;
    }
  }
  return counts;
}

/** Generates the whole demo data set from a seed: same seed → identical objects. */
export function generateDemoData(seed: string = DEFAULT_SEED): DemoData {
  const root = createRng(seed);
  const plan: { code: string; status: SellerStatus }[] = [
    ...VERIFIED_POVERTY_COUNTIES.map((code) => ({ code, status: "verified" as const })),
    ...VERIFIED_OTHER_COUNTIES.map((code) => ({ code, status: "verified" as const })),
    ...PENDING_COUNTIES.map((code) => ({ code, status: "pending" as const })),
  ];
  const usedNames = new Set<string>();
  const usedShops = new Set<string>();
  const users: DemoUser[] = [];
  const sellers: DemoSeller[] = [];
  const profilesInOrder: CountyProfile[] = [];

  plan.forEach(({ code, status }, i) => {
    const profile = profileFor(code);
    if (!profile) throw new Error(`demo seller county ${code} has no profile`);
    const n = i + 1;
    const handle = `s-${n}-${profile.pinyin}`;
    const userId = uuidV5(`${seed}/user/${handle}`);
    const seller = buildSeller(root.fork(`seller/${n}`), profile, {
      handle,
      id: uuidV5(`${seed}/seller/${handle}`),
      userId,
      status,
      usedNames,
      usedShops,
    });
    users.push({
      id: userId,
      displayName: seller.ownerDisplayName,
      createdAt: seller.createdAt,
      updatedAt: seller.createdAt,
    });
    sellers.push(seller);
    profilesInOrder.push(profile);
  });

  // Pending applicants list two products each; the rest share what is left.
  const pending = sellers.map((s) => s.status === "pending");
  const publicIdx = sellers.map((_, i) => i).filter((i) => !pending[i]);
  const caps = publicIdx.map((i) =>
    choicesFor(profilesInOrder[i] as CountyProfile).reduce((a, c) => a + c.length, 0),
  );
  const publicTotal = DEMO_PRODUCT_COUNT - 2 * (sellers.length - publicIdx.length);
  const publicCounts = allocate(root.fork("allocation"), caps, publicTotal, 6, 12);
  const counts = sellers.map((_, i) =>
    pending[i] ? 2 : (publicCounts[publicIdx.indexOf(i)] ?? 0),
  );

  const products: DemoProduct[] = [];
  const images: DemoImage[] = [];
  sellers.forEach((seller, i) => {
    const profile = profilesInOrder[i] as CountyProfile;
    const rng = root.fork(`products/${seller.handle}`);
    // Round-robin over the county's products so each of them appears before any repeats.
    const groups = choicesFor(profile).map((g) => rng.shuffle(g));
    const picked: ProductChoice[] = [];
    for (let round = 0; picked.length < (counts[i] ?? 0) && round < 100; round++) {
      for (const group of groups) {
        const choice = group[round];
        if (choice && picked.length < (counts[i] ?? 0)) picked.push(choice);
      }
    }
    for (const choice of picked) {
      const n = products.length + 1;
      const handle = `p-${n}-${profile.pinyin}-${choice.template.slug}`;
      const product = buildProduct(rng, profile, choice, {
        id: uuidV5(`${seed}/product/${handle}`),
        handle,
        sellerId: seller.id,
        notBefore: seller.verifiedAt,
      });
      products.push(product);
      images.push(
        ...makeProductImages(rng, product, {
          motif: choice.template.motif,
          tint: choice.template.tint,
        }),
      );
    }
  });

  return { seed, categories: makeCategories(), users, sellers, products, images };
}

/** Re-exported so tests can build their own streams without reaching into random.ts. */
export { createRng, type Rng };
