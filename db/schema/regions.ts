import { relations, sql } from "drizzle-orm";
import { boolean, check, index, pgTable, smallint, text, varchar } from "drizzle-orm/pg-core";

/**
 * Every province, prefecture and county of mainland China, keyed by its GB/T 2260 code.
 * Province codes are 2 digits, prefecture codes 4, county codes 6, so a jurisdiction is a
 * code prefix (DESIGN.md, "Regions").
 */
export const regions = pgTable(
  "regions",
  {
    code: varchar("code", { length: 6 }).primaryKey(),
    name: text("name").notNull(),
    level: varchar("level", { length: 10 }).$type<"province" | "prefecture" | "county">().notNull(),
    parentCode: varchar("parent_code", { length: 6 }),
    provinceCode: varchar("province_code", { length: 2 }).notNull(),
    prefectureCode: varchar("prefecture_code", { length: 4 }),
    /** One of the 832 national poverty counties (国家级贫困县). */
    isPovertyCounty: boolean("is_poverty_county").notNull().default(false),
    /** Year the county was announced lifted out of poverty (摘帽), 2016–2020. */
    exitYear: smallint("exit_year"),
    /** east / central / west grouping used by the poverty-county list. */
    zone: varchar("zone", { length: 8 }).$type<"east" | "central" | "west">(),
    /** The name under which the 832 list names the county, when it differs from `name`. */
    povertyListName: text("poverty_list_name"),
  },
  (t) => [
    index("regions_parent_idx").on(t.parentCode),
    index("regions_poverty_idx")
      .on(t.provinceCode)
      .where(sql`${t.isPovertyCounty}`),
    check("regions_level_ck", sql`${t.level} in ('province','prefecture','county')`),
    check(
      "regions_code_len_ck",
      sql`(${t.level} = 'province' and length(${t.code}) = 2) or (${t.level} = 'prefecture' and length(${t.code}) = 4) or (${t.level} = 'county' and length(${t.code}) = 6)`,
    ),
    check("regions_poverty_county_ck", sql`not ${t.isPovertyCounty} or ${t.level} = 'county'`),
  ],
);

export const regionsRelations = relations(regions, ({ one, many }) => ({
  parent: one(regions, {
    fields: [regions.parentCode],
    references: [regions.code],
    relationName: "parent",
  }),
  children: many(regions, { relationName: "parent" }),
}));

export type Region = typeof regions.$inferSelect;
export type NewRegion = typeof regions.$inferInsert;
