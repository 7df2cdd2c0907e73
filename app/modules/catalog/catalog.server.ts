/**
 * The public catalogue: what an anonymous buyer may see. Every query goes through
 * `publicProduct` / `publicSeller`, so a draft product or an unverified or suspended
 * seller's products never reach the storefront.
 */
import { and, asc, count, desc, eq, inArray, like, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { categories, productImages, products, regions, sellers } from "#db/schema";
import { queryRows, type Database } from "#db/client";
import { db } from "../db.server";
import type {
  CategoryRef,
  CountyInfo,
  ImageRef,
  Page,
  ProductCardData,
  ProductDetail,
  RegionRef,
  SellerCardData,
  SortKey,
} from "~/lib/catalog-types";

export const PAGE_SIZE = 24;

const publicSeller = eq(sellers.status, "verified");
const publicProduct = and(eq(products.status, "active"), publicSeller);

const county = alias(regions, "county");
const prefecture = alias(regions, "prefecture");
const province = alias(regions, "province");

const sortOrder: Record<SortKey, SQL[]> = {
  newest: [sql`${products.publishedAt} desc nulls last`, asc(products.id)],
  "price-asc": [asc(products.priceFen), asc(products.id)],
  "price-desc": [desc(products.priceFen), asc(products.id)],
  "best-selling": [desc(products.soldCount), asc(products.id)],
};

/** Columns of a product card, with its county, province and shop. */
const cardColumns = {
  handle: products.handle,
  title: products.title,
  titleEn: products.titleEn,
  priceFen: products.priceFen,
  compareAtPriceFen: products.compareAtPriceFen,
  stock: products.stock,
  unit: products.unit,
  shopName: sellers.shopName,
  countyCode: county.code,
  countyName: county.name,
  isPovertyCounty: county.isPovertyCounty,
  exitYear: county.exitYear,
  provinceName: province.name,
};

type CardRow = Omit<ProductCardData, "image">;

function cardQuery(d: Database) {
  return d
    .select(cardColumns)
    .from(products)
    .innerJoin(sellers, eq(sellers.id, products.sellerId))
    .innerJoin(county, eq(county.code, products.originCountyCode))
    .innerJoin(province, eq(province.code, county.provinceCode));
}

/** Columns of an image reference. */
const imageColumns = {
  storageKey: productImages.storageKey,
  widths: productImages.widths,
  width: productImages.width,
  height: productImages.height,
  alt: productImages.alt,
};

/** First image (lowest position) of each product, by handle. */
async function firstImages(d: Database, handles: string[]): Promise<Map<string, ImageRef>> {
  if (handles.length === 0) return new Map();
  const rows = await d
    .selectDistinctOn([productImages.productId], {
      handle: products.handle,
      ...imageColumns,
    })
    .from(productImages)
    .innerJoin(products, eq(products.id, productImages.productId))
    .where(inArray(products.handle, handles))
    .orderBy(productImages.productId, asc(productImages.position));
  return new Map(rows.map(({ handle, ...img }) => [handle, img]));
}

async function withImages(d: Database, rows: CardRow[]): Promise<ProductCardData[]> {
  const images = await firstImages(
    d,
    rows.map((r) => r.handle),
  );
  return rows.map((r) => ({ ...r, image: images.get(r.handle) ?? null }));
}

/** One page of public products matching `where`, sorted, with the total count. */
async function productPage(
  d: Database,
  where: SQL | undefined,
  sort: SortKey,
  page: number,
): Promise<Page<ProductCardData> | null> {
  const filter = and(publicProduct, where);
  const [totalRow] = await d
    .select({ n: count() })
    .from(products)
    .innerJoin(sellers, eq(sellers.id, products.sellerId))
    .innerJoin(county, eq(county.code, products.originCountyCode))
    .where(filter);
  const total = totalRow?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > pageCount) return null;
  const rows = await cardQuery(d)
    .where(filter)
    .orderBy(...sortOrder[sort])
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  return { items: await withImages(d, rows), page, pageCount, total };
}

/** Everything the home page shows. */
export async function getHome() {
  const d = await db();
  const [featuredRows, newestRows, cats, newestSellers, provinces] = await Promise.all([
    cardQuery(d)
      .where(publicProduct)
      .orderBy(...sortOrder["best-selling"])
      .limit(8),
    cardQuery(d)
      .where(publicProduct)
      .orderBy(...sortOrder.newest)
      .limit(8),
    listCategories(d),
    sellerCards(d, undefined, 6),
    povertyProvinces(d),
  ]);
  // One image query for both shelves.
  const both = await withImages(d, [...featuredRows, ...newestRows]);
  return {
    featured: both.slice(0, featuredRows.length),
    newest: both.slice(featuredRows.length),
    categories: cats,
    newestSellers,
    provinces,
  };
}

/** All categories in display order, with their public product counts. */
export async function listCategories(d?: Database): Promise<CategoryRef[]> {
  d ??= await db();
  const rows = await d
    .select({
      handle: categories.handle,
      nameZh: categories.nameZh,
      nameEn: categories.nameEn,
      productCount: sql<number>`(select count(*)::int from products p join sellers s on s.id = p.seller_id
        where p.category_id = categories.id and p.status = 'active' and s.status = 'verified')`,
    })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.id));
  return rows;
}

/** Provinces that have public products from their poverty counties, for "from the 832". */
async function povertyProvinces(d: Database) {
  return queryRows<{
    code: string;
    name: string;
    povertyCounties: number;
    countiesWithSellers: number;
    productCount: number;
  }>(
    d,
    sql`select pr.code, pr.name,
          (select count(*)::int from regions c where c.province_code = pr.code and c.is_poverty_county) as "povertyCounties",
          count(distinct s.county_code)::int as "countiesWithSellers",
          count(p.id)::int as "productCount"
        from regions pr
        join regions c on c.province_code = pr.code and c.is_poverty_county
        join sellers s on s.county_code = c.code and s.status = 'verified'
        left join products p on p.seller_id = s.id and p.status = 'active'
        where pr.level = 'province'
        group by pr.code, pr.name
        order by "productCount" desc, pr.code`,
  );
}

async function sellerCards(
  d: Database,
  where: SQL | undefined,
  limit: number,
): Promise<SellerCardData[]> {
  return d
    .select({
      handle: sellers.handle,
      shopName: sellers.shopName,
      ownerDisplayName: sellers.ownerDisplayName,
      story: sellers.story,
      countyCode: county.code,
      countyName: county.name,
      isPovertyCounty: county.isPovertyCounty,
      provinceName: province.name,
      productCount: sql<number>`(select count(*)::int from products p where p.seller_id = sellers.id and p.status = 'active')`,
    })
    .from(sellers)
    .innerJoin(county, eq(county.code, sellers.countyCode))
    .innerJoin(province, eq(province.code, county.provinceCode))
    .where(and(publicSeller, where))
    .orderBy(desc(sellers.verifiedAt), asc(sellers.id))
    .limit(limit);
}

/** A category and one page of its products; null when the handle or page does not exist. */
export async function getCategoryPage(handle: string, sort: SortKey, page: number) {
  const d = await db();
  const [category] = await d.select().from(categories).where(eq(categories.handle, handle));
  if (!category) return null;
  const products_ = await productPage(d, eq(products.categoryId, category.id), sort, page);
  if (!products_) return null;
  return {
    category: {
      handle: category.handle,
      nameZh: category.nameZh,
      nameEn: category.nameEn,
      descriptionZh: category.descriptionZh,
      descriptionEn: category.descriptionEn,
    },
    products: products_,
  };
}

async function countyInfo(d: Database, code: string): Promise<CountyInfo | null> {
  const [row] = await d
    .select({
      code: county.code,
      name: county.name,
      isPovertyCounty: county.isPovertyCounty,
      exitYear: county.exitYear,
      povertyListName: county.povertyListName,
      prefectureCode: prefecture.code,
      prefectureName: prefecture.name,
      provinceCode: province.code,
      provinceName: province.name,
    })
    .from(county)
    .innerJoin(province, eq(province.code, county.provinceCode))
    .leftJoin(prefecture, eq(prefecture.code, county.prefectureCode))
    .where(and(eq(county.code, code), eq(county.level, "county")));
  return row ?? null;
}

/** A public product with its gallery, shop and county; null when not public. */
export async function getProduct(handle: string): Promise<ProductDetail | null> {
  const d = await db();
  const [row] = await d
    .select({
      id: products.id,
      handle: products.handle,
      title: products.title,
      titleEn: products.titleEn,
      description: products.description,
      priceFen: products.priceFen,
      compareAtPriceFen: products.compareAtPriceFen,
      stock: products.stock,
      unit: products.unit,
      weightGrams: products.weightGrams,
      soldCount: products.soldCount,
      publishedAt: products.publishedAt,
      originCountyCode: products.originCountyCode,
      categoryHandle: categories.handle,
      categoryNameZh: categories.nameZh,
      categoryNameEn: categories.nameEn,
      sellerId: sellers.id,
    })
    .from(products)
    .innerJoin(sellers, eq(sellers.id, products.sellerId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(and(publicProduct, eq(products.handle, handle)));
  if (!row) return null;
  const [images, countyRow, seller] = await Promise.all([
    d
      .select(imageColumns)
      .from(productImages)
      .where(eq(productImages.productId, row.id))
      .orderBy(asc(productImages.position)),
    countyInfo(d, row.originCountyCode),
    sellerCards(d, eq(sellers.id, row.sellerId), 1),
  ]);
  if (!countyRow || !seller[0]) return null;
  const { id: _id, sellerId: _sid, originCountyCode: _c, ...rest } = row;
  return { ...rest, images, county: countyRow, seller: seller[0] };
}

/** A verified seller's shop with one page of products; null when not public. */
export async function getSellerPage(handle: string, sort: SortKey, page: number) {
  const d = await db();
  const [seller] = await sellerCards(d, eq(sellers.handle, handle), 1);
  if (!seller) return null;
  const [countyRow, products_] = await Promise.all([
    countyInfo(d, seller.countyCode),
    productPage(d, eq(sellers.handle, handle), sort, page),
  ]);
  if (!countyRow || !products_) return null;
  return { seller, county: countyRow, products: products_ };
}

/** A province, prefecture or county page: its place, sub-regions, sellers and products. */
export async function getRegionPage(code: string, sort: SortKey, page: number) {
  // The code becomes a LIKE prefix below, so only digits may pass.
  if (!/^\d{2}(\d{2}){0,2}$/.test(code)) return null;
  const d = await db();
  const [region] = await d.select().from(regions).where(eq(regions.code, code));
  if (!region) return null;
  const [trail, children, sellerList, products_, countyRow, [stats]] = await Promise.all([
    d
      .select({ code: regions.code, name: regions.name, level: regions.level })
      .from(regions)
      .where(
        inArray(
          regions.code,
          [region.provinceCode, region.prefectureCode ?? "", region.code].filter(Boolean),
        ),
      )
      .orderBy(sql`length(${regions.code})`) as Promise<RegionRef[]>,
    region.level === "county"
      ? Promise.resolve([])
      : queryRows<{
          code: string;
          name: string;
          isPovertyCounty: boolean;
          exitYear: number | null;
          sellerCount: number;
        }>(
          d,
          sql`select r.code, r.name, r.is_poverty_county as "isPovertyCounty", r.exit_year as "exitYear",
                (select count(*)::int from sellers s where s.county_code like r.code || '%' and s.status = 'verified') as "sellerCount"
              from regions r where r.parent_code = ${code}
              order by "sellerCount" desc, r.code`,
        ),
    sellerCards(d, like(sellers.countyCode, `${code}%`), 24),
    productPage(d, like(county.code, `${code}%`), sort, page),
    region.level === "county" ? countyInfo(d, code) : Promise.resolve(null),
    queryRows<{ povertyCounties: number }>(
      d,
      sql`select count(*)::int as "povertyCounties" from regions where code like ${code + "%"} and is_poverty_county`,
    ),
  ]);
  if (!products_) return null;
  return {
    region: { code: region.code, name: region.name, level: region.level },
    trail,
    county: countyRow,
    povertyCounties: stats?.povertyCounties ?? 0,
    children,
    sellers: sellerList,
    products: products_,
  };
}

/** Every public URL for sitemap.xml, with last-modified dates. */
export async function sitemapEntries() {
  const d = await db();
  const [productRows, sellerRows, categoryRows, regionRows] = await Promise.all([
    d
      .select({ handle: products.handle, updatedAt: products.updatedAt })
      .from(products)
      .innerJoin(sellers, eq(sellers.id, products.sellerId))
      .where(publicProduct)
      .orderBy(asc(products.handle)),
    d
      .select({ handle: sellers.handle, updatedAt: sellers.updatedAt })
      .from(sellers)
      .where(publicSeller)
      .orderBy(asc(sellers.handle)),
    d.select({ handle: categories.handle }).from(categories).orderBy(asc(categories.position)),
    queryRows<{ code: string }>(
      d,
      sql`select distinct c.code from regions c join sellers s on s.county_code = c.code and s.status = 'verified' order by c.code`,
    ),
  ]);
  return {
    products: productRows,
    sellers: sellerRows,
    categories: categoryRows,
    regions: regionRows,
  };
}
