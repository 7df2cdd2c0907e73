import { redirect, type AppLoadContext } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { users } from "#db/schema";
import {
  ChangePasswordForm,
  fieldErrors,
  normalizeIdentifier,
  SignInForm,
  SignUpForm,
} from "~/lib/auth-forms";
import { DomainError } from "~/lib/errors";
import { db } from "../db.server";
import { hashPassword, isCommonPassword, verifyNothing, verifyPassword } from "./passwords.server";
import {
  clearSessionCookie,
  clientOf,
  createSession,
  getSessionUser,
  requestToken,
  revokeToken,
  revokeUserSessions,
  sessionCookie,
  type SessionUser,
} from "./sessions.server";
import { beginAttempt, hashIdentifier, loginDelayMs, markSucceeded } from "./throttle.server";

/** Too many failed sign-ins: refused without checking the password (HTTP 429). */
export class ThrottledError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super("not_allowed", "auth.error.throttled", { form: "auth.error.throttled" });
    this.name = "ThrottledError";
  }
}

/** A successful sign-up or sign-in: the new session's Set-Cookie header. */
export interface SignedIn {
  userId: string;
  /** Set-Cookie value carrying the new session token. */
  setCookie: string;
  /** The raw token (what the cookie holds); tests use it to make requests. */
  token: string;
}

export interface SignInOptions {
  /** How the throttle waits; tests pass a recorder instead of sleeping. */
  sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const invalid = (fields: Record<string, string>) =>
  new DomainError("invalid", "invalid form", fields);

const isUniqueViolation = (err: unknown): boolean => {
  for (let e = err; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
};

/**
 * Creates an account from the sign-up form and signs it in (revoking any session the browser
 * had). Throws `invalid` with field errors (i18n keys); writes nothing unless it succeeds.
 */
export async function signUp(
  request: Request,
  input: unknown,
  context?: AppLoadContext,
): Promise<SignedIn> {
  const parsed = SignUpForm.safeParse(input);
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  const { displayName, identifier, password } = parsed.data;
  if (isCommonPassword(password)) throw invalid({ password: "auth.error.passwordCommon" });
  const d = await db();
  const column = identifier.kind === "phone" ? users.phone : users.email;
  const [taken] = await d.select({ id: users.id }).from(users).where(eq(column, identifier.value));
  if (taken) throw invalid({ identifier: "auth.error.taken" });
  const passwordHash = await hashPassword(password);
  const now = new Date();
  try {
    return await d.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          displayName,
          [identifier.kind]: identifier.value,
          passwordHash,
          passwordChangedAt: now,
        })
        .returning({ id: users.id });
      await revokeToken(tx, requestToken(request));
      const session = await createSession(tx, user!.id, clientOf(request, context), now);
      return {
        userId: user!.id,
        token: session.token,
        setCookie: sessionCookie(request, session.token, session.expiresAt),
      };
    });
  } catch (err) {
    // Someone registered the same identifier between the check and the insert.
    if (isUniqueViolation(err)) throw invalid({ identifier: "auth.error.taken" });
    throw err;
  }
}

/**
 * Signs in with identifier + password. Unknown account and wrong password fail alike
 * (`invalid`, "auth.error.badCredentials"); throttled attempts throw `ThrottledError`. On
 * success the browser's previous session is revoked and a new one starts (rotation).
 */
export async function signIn(
  request: Request,
  input: unknown,
  context?: AppLoadContext,
  opts: SignInOptions = {},
): Promise<SignedIn> {
  const parsed = SignInForm.safeParse(input);
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  const client = clientOf(request, context);
  const id = normalizeIdentifier(parsed.data.identifier);
  const key = id ? id.value : parsed.data.identifier.toLowerCase();
  const d = await db();
  const verdict = await beginAttempt(d, hashIdentifier(key), client.ip);
  if (verdict.blockedForMs !== undefined) {
    throw new ThrottledError(Math.ceil(verdict.blockedForMs / 1000));
  }
  await (opts.sleep ?? sleepFor)(loginDelayMs(verdict.failures));

  const [user] = id
    ? await d
        .select({ id: users.id, passwordHash: users.passwordHash })
        .from(users)
        .where(eq(id.kind === "phone" ? users.phone : users.email, id.value))
    : [];
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, parsed.data.password)
    : (await verifyNothing(parsed.data.password), false);
  if (!ok || !user) throw invalid({ form: "auth.error.badCredentials" });

  return d.transaction(async (tx) => {
    await markSucceeded(tx, verdict.attemptId);
    await revokeToken(tx, requestToken(request));
    const session = await createSession(tx, user.id, client);
    return {
      userId: user.id,
      token: session.token,
      setCookie: sessionCookie(request, session.token, session.expiresAt),
    };
  });
}

/** Ends this browser's session; returns the Set-Cookie that clears the cookie. */
export async function signOut(request: Request): Promise<string> {
  await revokeToken(await db(), requestToken(request));
  return clearSessionCookie(request);
}

/** Ends every session of the signed-in user, this one included; returns the clearing Set-Cookie. */
export async function signOutEverywhere(request: Request): Promise<string> {
  const user = await requireUser(request);
  await revokeUserSessions(await db(), user.id);
  return clearSessionCookie(request);
}

/**
 * Changes the signed-in user's password after checking the current one; every other session
 * of theirs is revoked, this one stays. Throws `invalid` with field errors.
 */
export async function changePassword(request: Request, input: unknown): Promise<void> {
  const user = await requireUser(request);
  const parsed = ChangePasswordForm.safeParse(input);
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  const { currentPassword, newPassword } = parsed.data;
  if (isCommonPassword(newPassword)) throw invalid({ newPassword: "auth.error.passwordCommon" });
  const d = await db();
  const [row] = await d
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, user.id));
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, currentPassword))) {
    throw invalid({ currentPassword: "auth.error.currentPassword" });
  }
  const passwordHash = await hashPassword(newPassword);
  await d.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: new Date() })
      .where(eq(users.id, user.id));
    await revokeUserSessions(tx, user.id, user.sessionId);
  });
}

/** The signed-in user, or a redirect to /login that comes back here afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  throw redirect(`/login?${new URLSearchParams({ redirectTo: back })}`, { status: 303 });
}

export { getSessionUser, type SessionUser };
