import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * Signed-in sessions (ADR 008). `id` is the SHA-256 (hex) of the random token in the cookie,
 * so a copy of this table cannot be replayed as cookies.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: tz("created_at").notNull().defaultNow(),
    /** Updated at most once a minute; idle timeout counts from here. */
    lastSeenAt: tz("last_seen_at").notNull().defaultNow(),
    /** Absolute expiry, fixed at creation. */
    expiresAt: tz("expires_at").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    revokedAt: tz("revoked_at"),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId)],
);

/**
 * Every sign-in attempt, for throttling and audit. No secrets: the identifier is stored as a
 * SHA-256 hash of its normalised form, never the password.
 */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    identifierHash: text("identifier_hash").notNull(),
    ip: text("ip"),
    succeeded: boolean("succeeded").notNull(),
    /** Refused by the throttle without checking the password; not counted as a failure. */
    throttled: boolean("throttled").notNull().default(false),
    createdAt: tz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("login_attempts_identifier_idx").on(t.identifierHash, t.createdAt),
    index("login_attempts_ip_idx").on(t.ip, t.createdAt),
  ],
);

export type Session = typeof sessions.$inferSelect;
export type LoginAttempt = typeof loginAttempts.$inferSelect;
