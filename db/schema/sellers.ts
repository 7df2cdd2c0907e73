import { relations, sql } from "drizzle-orm";
import {
  check,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { timestamps } from "./_shared";
import { regions } from "./regions";
import { users } from "./users";
import { products } from "./products";

export const sellerStatuses = ["pending", "verified", "rejected", "suspended"] as const;
export type SellerStatus = (typeof sellerStatuses)[number];

/** A young rural seller's shop, registered in one county. Only `verified` shops are public. */
export const sellers = pgTable(
  "sellers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    handle: varchar("handle", { length: 64 }).notNull(),
    userId: uuid("user_id").references(() => users.id),
    shopName: text("shop_name").notNull(),
    /** The shop owner's public display name (given name only; no personal data). */
    ownerDisplayName: text("owner_display_name").notNull(),
    birthYear: smallint("birth_year").notNull(),
    countyCode: varchar("county_code", { length: 6 })
      .notNull()
      .references(() => regions.code),
    story: text("story").notNull().default(""),
    status: varchar("status", { length: 16 }).$type<SellerStatus>().notNull().default("pending"),
    verifiedAt: timestamp("verified_at", { withTimezone: true, mode: "date" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("sellers_handle_uq").on(t.handle),
    index("sellers_county_idx").on(t.countyCode),
    index("sellers_verified_idx")
      .on(t.verifiedAt)
      .where(sql`${t.status} = 'verified'`),
    check("sellers_status_ck", sql`${t.status} in ('pending','verified','rejected','suspended')`),
  ],
);

export const sellersRelations = relations(sellers, ({ one, many }) => ({
  county: one(regions, { fields: [sellers.countyCode], references: [regions.code] }),
  user: one(users, { fields: [sellers.userId], references: [users.id] }),
  products: many(products),
}));

export type Seller = typeof sellers.$inferSelect;
export type NewSeller = typeof sellers.$inferInsert;
