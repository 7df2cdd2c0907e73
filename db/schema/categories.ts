import { relations } from "drizzle-orm";
import { integer, pgTable, serial, text, uniqueIndex, varchar } from "drizzle-orm/pg-core";
import { timestamps } from "./_shared";
import { products } from "./products";

/** Product categories (honey, tea, fruit, ...), addressed by a URL handle. */
export const categories = pgTable(
  "categories",
  {
    id: serial("id").primaryKey(),
    handle: varchar("handle", { length: 64 }).notNull(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    descriptionZh: text("description_zh").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    position: integer("position").notNull().default(0),
    ...timestamps,
  },
  (t) => [uniqueIndex("categories_handle_uq").on(t.handle)],
);

export const categoriesRelations = relations(categories, ({ many }) => ({
  products: many(products),
}));

export type Category = typeof categories.$inferSelect;
