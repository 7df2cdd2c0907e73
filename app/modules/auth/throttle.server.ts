import { createHash } from "node:crypto";
import { and, count, eq, gt, max, min, ne, type SQL } from "drizzle-orm";
import type { Database, Tx } from "#db/client";
import { loginAttempts } from "#db/schema";

/** Failures counted over this window… */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** …at most this many per account and per IP; further attempts are refused unchecked. */
export const MAX_FAILURES = 10;

/**
 * How long to wait before checking a password after `failures` recent failures:
 * none for the first 3, then 250 ms doubling per failure, capped at 8 s (ADR 008).
 */
export function loginDelayMs(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(250 * 2 ** (failures - 3), 8_000);
}

/** SHA-256 of the normalised identifier: what login_attempts stores instead of it. */
export function hashIdentifier(identifier: string): string {
  return createHash("sha256").update(`qm-login:${identifier}`).digest("hex");
}

export interface ThrottleVerdict {
  /** The attempt's login_attempts row, to mark as succeeded or throttled. */
  attemptId: string;
  /** Recent failures of the account or the IP, whichever is more. */
  failures: number;
  /** When set, refuse without checking the password; retry after this many ms. */
  blockedForMs?: number;
}

/**
 * Logs an attempt (as a failure until `markSucceeded`) and counts recent failures for the
 * account and the IP. Logging first means parallel attempts see each other.
 */
export async function beginAttempt(
  d: Database,
  identifierHash: string,
  ip: string | null,
  now = new Date(),
): Promise<ThrottleVerdict> {
  const [row] = await d
    .insert(loginAttempts)
    .values({ identifierHash, ip, succeeded: false, createdAt: now })
    .returning({ id: loginAttempts.id });
  const attemptId = row!.id;
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const failed = and(
    eq(loginAttempts.succeeded, false),
    eq(loginAttempts.throttled, false),
    ne(loginAttempts.id, attemptId),
  );
  // A success clears the account's count (not the IP's: one good account must not reset it).
  const [lastOk] = await d
    .select({ at: max(loginAttempts.createdAt) })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.identifierHash, identifierHash),
        eq(loginAttempts.succeeded, true),
        gt(loginAttempts.createdAt, since),
      ),
    );
  const stats = async (where: SQL, from: Date) => {
    const [r] = await d
      .select({ n: count(), oldest: min(loginAttempts.createdAt) })
      .from(loginAttempts)
      .where(and(where, failed, gt(loginAttempts.createdAt, from)));
    return { n: r?.n ?? 0, oldest: r?.oldest ?? null };
  };
  const account = await stats(
    eq(loginAttempts.identifierHash, identifierHash),
    lastOk?.at && lastOk.at > since ? lastOk.at : since,
  );
  const byIp = ip ? await stats(eq(loginAttempts.ip, ip), since) : { n: 0, oldest: null };
  const failures = Math.max(account.n, byIp.n);
  let blockedForMs: number | undefined;
  for (const s of [account, byIp]) {
    if (s.n >= MAX_FAILURES && s.oldest) {
      const wait = s.oldest.getTime() + LOGIN_WINDOW_MS - now.getTime();
      blockedForMs = Math.max(blockedForMs ?? 0, wait, 1);
    }
  }
  if (blockedForMs !== undefined) {
    await d.update(loginAttempts).set({ throttled: true }).where(eq(loginAttempts.id, attemptId));
  }
  return { attemptId, failures, blockedForMs };
}

/** Marks a logged attempt as a successful sign-in. */
export async function markSucceeded(d: Database | Tx, attemptId: string): Promise<void> {
  await d.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attemptId));
}
