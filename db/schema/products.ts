import { relations, sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { timestamps } from "./_shared";
import { categories } from "./categories";
import { regions } from "./regions";
import { sellers } from "./sellers";

export const productStatuses = ["draft", "active", "archived"] as const;
export type ProductStatus = (typeof productStatuses)[number];

/** A listing. Prices are integer fen (CNY minor units); stock never goes below zero. */
export const products = pgTable(
  "products",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    handle: varchar("handle", { length: 96 }).notNull(),
    sellerId: uuid("seller_id")
      .notNull()
      .references(() => sellers.id),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id),
    originCountyCode: varchar("origin_county_code", { length: 6 })
      .notNull()
      .references(() => regions.code),
    title: text("title").notNull(),
    titleEn: text("title_en"),
    description: text("description").notNull().default(""),
    priceFen: integer("price_fen").notNull(),
    compareAtPriceFen: integer("compare_at_price_fen"),
    stock: integer("stock").notNull().default(0),
    /** Selling unit as shown to buyers, e.g. "500克/罐". */
    unit: text("unit").notNull().default(""),
    weightGrams: integer("weight_grams"),
    status: varchar("status", { length: 16 }).$type<ProductStatus>().notNull().default("draft"),
    soldCount: integer("sold_count").notNull().default(0),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("products_handle_uq").on(t.handle),
    index("products_seller_idx").on(t.sellerId, t.status),
    index("products_category_published_idx").on(t.categoryId, t.publishedAt),
    index("products_origin_idx").on(t.originCountyCode),
    check("products_price_ck", sql`${t.priceFen} > 0`),
    check(
      "products_compare_at_ck",
      sql`${t.compareAtPriceFen} is null or ${t.compareAtPriceFen} > ${t.priceFen}`,
    ),
    check("products_stock_ck", sql`${t.stock} >= 0`),
    check("products_status_ck", sql`${t.status} in ('draft','active','archived')`),
  ],
);

/** Photos of a product, in display order. `storageKey` names the original; sizes are derived. */
export const productImages = pgTable(
  "product_images",
  {
    id: serial("id").primaryKey(),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    /** Path prefix in the media store; files are `${storageKey}-${width}.webp`. */
    storageKey: text("storage_key").notNull(),
    /** Widths rendered, ascending, e.g. {320,640,1200}. */
    widths: integer("widths").array().notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    alt: text("alt").notNull().default(""),
    ...timestamps,
  },
  (t) => [uniqueIndex("product_images_position_uq").on(t.productId, t.position)],
);

export const productsRelations = relations(products, ({ one, many }) => ({
  seller: one(sellers, { fields: [products.sellerId], references: [sellers.id] }),
  category: one(categories, { fields: [products.categoryId], references: [categories.id] }),
  originCounty: one(regions, { fields: [products.originCountyCode], references: [regions.code] }),
  images: many(productImages),
}));

export const productImagesRelations = relations(productImages, ({ one }) => ({
  product: one(products, { fields: [productImages.productId], references: [products.id] }),
}));

export type Product = typeof products.$inferSelect;
export type NewProduct = typeof products.$inferInsert;
export type ProductImage = typeof productImages.$inferSelect;
