import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./_shared";

/** Minimal account row; sign-in, roles and sessions arrive with the accounts issue. */
export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  displayName: text("display_name").notNull(),
  ...timestamps,
});

export type User = typeof users.$inferSelect;
