import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt, ne } from "drizzle-orm";
import type { AppLoadContext } from "@remix-run/node";
import type { Database, Tx } from "#db/client";
import { sessions, users } from "#db/schema";
import { db } from "../db.server";
import { cookieOptionsFor, readSessionToken, serializeSessionCookie } from "./cookie.server";

/** A session ends after this long without a request (ADR 008). */
export const SESSION_IDLE_MS = 7 * 24 * 60 * 60 * 1000;
/** …and this long after sign-in, however active. */
export const SESSION_ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so page views are not all writes. */
export const SESSION_TOUCH_MS = 60 * 1000;

/** The signed-in person, as pages see them. */
export interface SessionUser {
  id: string;
  displayName: string;
  phone: string | null;
  email: string | null;
  /** Hash of the current session's token (the sessions row id). */
  sessionId: string;
}

/** Who is asking: for the sessions row and the login log. */
export interface Client {
  ip: string | null;
  userAgent: string | null;
}

/** The client's address (from the server's load context) and user agent. */
export function clientOf(request: Request, context?: AppLoadContext): Client {
  return {
    ip: context?.clientIp ?? null,
    userAgent: request.headers.get("User-Agent")?.slice(0, 500) ?? null,
  };
}

/** SHA-256 (hex) of a token: what the sessions table stores. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The session token in this request's cookie, if any. */
export function requestToken(request: Request): string | null {
  return readSessionToken(request.headers.get("Cookie"), cookieOptionsFor(request));
}

/** Starts a session for a user; returns the token for the cookie (never stored). */
export async function createSession(
  tx: Database | Tx,
  userId: string,
  client: Client,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url"); // 256 bits
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await tx.insert(sessions).values({
    id: hashToken(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    ip: client.ip,
    userAgent: client.userAgent,
  });
  return { token, expiresAt };
}

/** Revokes the session behind a token (no-op when unknown or already revoked). */
export async function revokeToken(tx: Database | Tx, token: string | null): Promise<void> {
  if (!token) return;
  await tx
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, hashToken(token)), isNull(sessions.revokedAt)));
}

/** Revokes every live session of a user, except `keepId` when given. */
export async function revokeUserSessions(
  tx: Database | Tx,
  userId: string,
  keepId?: string,
): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        keepId ? ne(sessions.id, keepId) : undefined,
      ),
    );
}

/** Set-Cookie for a new session. */
export function sessionCookie(request: Request, token: string, expiresAt: Date): string {
  return serializeSessionCookie(
    cookieOptionsFor(request),
    token,
    (expiresAt.getTime() - Date.now()) / 1000,
  );
}

/** Set-Cookie that deletes the session cookie. */
export function clearSessionCookie(request: Request): string {
  return serializeSessionCookie(cookieOptionsFor(request), "", 0);
}

/**
 * The signed-in user of a request, or null. One primary-key lookup; a live session's
 * last_seen_at is bumped when it is more than a minute old.
 */
export async function getSessionUser(request: Request): Promise<SessionUser | null> {
  const token = requestToken(request);
  if (!token) return null;
  const id = hashToken(token);
  const now = new Date();
  const d = await db();
  const [row] = await d
    .select({
      id: users.id,
      displayName: users.displayName,
      phone: users.phone,
      email: users.email,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, id),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS)),
      ),
    )
    .limit(1);
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
    await d
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.id, id), lt(sessions.lastSeenAt, now)));
  }
  const { lastSeenAt: _seen, ...user } = row;
  return { ...user, sessionId: id };
}
