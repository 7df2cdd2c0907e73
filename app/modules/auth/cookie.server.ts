import { env } from "../env.server";

export interface CookieRule {
  nodeEnv: string;
  /** COOKIE_SECURE=1 */
  cookieSecure: boolean;
  /** The request arrived over https (or a trusted proxy said so). */
  https: boolean;
}

export interface SessionCookieOptions {
  name: "__Host-qm_session" | "qm_session";
  secure: boolean;
}

/**
 * The session cookie's name and Secure flag (ADR 008): `__Host-qm_session` + Secure when
 * COOKIE_SECURE=1, or in production over https; otherwise `qm_session`, so the demo and the
 * browser tests (production mode over plain http on 127.0.0.1) can still sign in.
 */
export function sessionCookieOptions(rule: CookieRule): SessionCookieOptions {
  const secure = rule.cookieSecure || (rule.nodeEnv === "production" && rule.https);
  return secure ? { name: "__Host-qm_session", secure } : { name: "qm_session", secure };
}

/** The cookie options for this request under the configured environment. */
export function cookieOptionsFor(request: Request): SessionCookieOptions {
  const e = env();
  return sessionCookieOptions({
    nodeEnv: e.NODE_ENV,
    cookieSecure: e.COOKIE_SECURE,
    https: new URL(request.url).protocol === "https:",
  });
}

/** A Set-Cookie value for the session token; `maxAgeSeconds: 0` deletes the cookie. */
export function serializeSessionCookie(
  opts: SessionCookieOptions,
  token: string,
  maxAgeSeconds: number,
): string {
  const parts = [
    `${opts.name}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
  ];
  if (opts.secure) parts.push("Secure");
  return parts.join("; ");
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The well-formed session token in the request's cookie header, if any. */
export function readSessionToken(cookieHeader: string | null, opts: SessionCookieOptions) {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== opts.name) continue;
    const value = part.slice(eq + 1).trim();
    if (TOKEN.test(value)) return value;
  }
  return null;
}
