import { sql } from "drizzle-orm";
import { check, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./_shared";

/**
 * An account. Demo rows from the seed have no credentials; an account that can sign in
 * (password_hash set) must have a phone or an email (ADR 008). Phones are stored as
 * "+86" followed by the 11-digit mainland mobile number, emails lower-cased.
 */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    displayName: text("display_name").notNull(),
    phone: text("phone"),
    email: text("email"),
    /** argon2id PHC string ($argon2id$v=19$m=…,t=…,p=…$salt$hash). */
    passwordHash: text("password_hash"),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true, mode: "date" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("users_phone_key").on(t.phone),
    uniqueIndex("users_email_key").on(t.email),
    check("users_phone_format", sql`${t.phone} ~ '^\\+861[3-9][0-9]{9}$'`),
    check("users_email_lower", sql`${t.email} = lower(${t.email})`),
    check(
      "users_login_identifier",
      sql`${t.passwordHash} is null or ${t.phone} is not null or ${t.email} is not null`,
    ),
  ],
);

export type User = typeof users.$inferSelect;
