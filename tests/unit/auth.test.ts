import { describe, expect, it } from "vitest";
import { normalizeIdentifier, RedirectTo } from "~/lib/auth-forms";
import {
  readSessionToken,
  serializeSessionCookie,
  sessionCookieOptions,
} from "~/modules/auth/cookie.server";
import { isCommonPassword, Semaphore } from "~/modules/auth/passwords.server";
import { loginDelayMs } from "~/modules/auth/throttle.server";

describe("common passwords", () => {
  it.each([
    "123456",
    "password",
    "12345678",
    "qwerty",
    "5201314",
    "woaini1314",
    "a123456",
    "iloveyou",
  ])("%s is refused", (p) => expect(isCommonPassword(p)).toBe(true));
  it("compares case-insensitively", () => {
    expect(isCommonPassword("PassWord123")).toBe(true);
    expect(isCommonPassword("WoAiNi1314")).toBe(true);
  });
  it("lets an unusual password through, and the header comment is not a password", () => {
    expect(isCommonPassword("青苗-tea-garden-42")).toBe(false);
    expect(isCommonPassword("correct horse battery staple 8")).toBe(false);
    expect(
      isCommonPassword(
        "# Common passwords refused at sign-up and password change (ADR 008). One per line,",
      ),
    ).toBe(false);
  });
});

describe("session cookie options", () => {
  it("plain http in production (demo, e2e): qm_session without Secure", () => {
    expect(
      sessionCookieOptions({ nodeEnv: "production", cookieSecure: false, https: false }),
    ).toEqual({
      name: "qm_session",
      secure: false,
    });
  });
  it("https in production: __Host- prefix and Secure", () => {
    expect(
      sessionCookieOptions({ nodeEnv: "production", cookieSecure: false, https: true }),
    ).toEqual({
      name: "__Host-qm_session",
      secure: true,
    });
  });
  it("COOKIE_SECURE=1 forces it (TLS ends at a proxy that doesn't say so)", () => {
    expect(
      sessionCookieOptions({ nodeEnv: "development", cookieSecure: true, https: false }).name,
    ).toBe("__Host-qm_session");
  });
  it("https in development stays qm_session", () => {
    expect(
      sessionCookieOptions({ nodeEnv: "development", cookieSecure: false, https: true }).secure,
    ).toBe(false);
  });
  it("serialises HttpOnly, SameSite=Lax, Path=/ and Secure only when secure", () => {
    const token = "a".repeat(43);
    expect(serializeSessionCookie({ name: "__Host-qm_session", secure: true }, token, 60)).toBe(
      `__Host-qm_session=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=60; Secure`,
    );
    expect(serializeSessionCookie({ name: "qm_session", secure: false }, "", 0)).toBe(
      "qm_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0",
    );
  });
  it("reads only a well-formed token under the right name", () => {
    const opts = { name: "qm_session", secure: false } as const;
    const token = "Ab_-".repeat(10) + "xyz";
    expect(readSessionToken(`lang=en; qm_session=${token}`, opts)).toBe(token);
    expect(readSessionToken(`__Host-qm_session=${token}`, opts)).toBeNull();
    expect(readSessionToken("qm_session=short", opts)).toBeNull();
    expect(readSessionToken(null, opts)).toBeNull();
  });
});

describe("identifiers", () => {
  it.each([
    ["13800138000", { kind: "phone", value: "+8613800138000" }],
    ["+86 138-0013-8000", { kind: "phone", value: "+8613800138000" }],
    ["008613800138000", { kind: "phone", value: "+8613800138000" }],
    [" A@B.CN ", { kind: "email", value: "a@b.cn" }],
    ["12800138000", null],
    ["1380013800", null],
    ["a@", null],
  ])("%s → %j", (raw, expected) => expect(normalizeIdentifier(raw)).toEqual(expected));

  it("redirectTo accepts only same-site paths", () => {
    expect(RedirectTo.parse("/account?x=1")).toBe("/account?x=1");
    expect(RedirectTo.parse("//evil.example")).toBe("/");
    expect(RedirectTo.parse("https://evil.example")).toBe("/");
    expect(RedirectTo.parse("/\\evil.example")).toBe("/");
  });
});

describe("throttle delay", () => {
  it("grows from the 3rd failure and caps at 8 s", () => {
    expect([0, 1, 2, 3, 4, 5, 8, 9, 20].map(loginDelayMs)).toEqual([
      0, 0, 0, 250, 500, 1000, 8000, 8000, 8000,
    ]);
  });
});

describe("Semaphore", () => {
  it("never runs more than its limit", async () => {
    const s = new Semaphore(2);
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 6 }, () =>
        s.run(async () => {
          peak = Math.max(peak, ++running);
          await new Promise((r) => setTimeout(r, 5));
          running--;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(s.running).toBe(0);
  });
});
