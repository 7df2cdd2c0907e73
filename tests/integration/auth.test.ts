import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginAttempts, sessions, users } from "#db/schema";
import { queryRows, type DbHandle } from "#db/client";
import { useDbHandle } from "~/modules/db.server";
import {
  changePassword,
  getSessionUser,
  requireUser,
  signIn,
  signOut,
  signOutEverywhere,
  signUp,
  ThrottledError,
} from "~/modules/auth/accounts.server";
import { hashSlots, hashPassword } from "~/modules/auth/passwords.server";
import { hashToken } from "~/modules/auth/sessions.server";
import { DomainError } from "~/lib/errors";
import { freshDb } from "../helpers/db";

let handle: DbHandle;

beforeAll(async () => {
  handle = await freshDb({ seed: true });
  useDbHandle(handle);
});
afterAll(async () => {
  await handle?.close();
});

const PASSWORD = "青苗-tea-garden-42";
let phoneSeq = 0;
/** A fresh, valid mainland mobile number per call. */
const newPhone = () => `139${String(10_000_000 + ++phoneSeq).slice(-8)}`;

/** A request as the browser would send it, optionally with a session token. */
function req(token?: string | null, path = "/login"): Request {
  const headers = new Headers({ "User-Agent": "vitest" });
  if (token) headers.set("Cookie", `lang=en; qm_session=${token}`);
  return new Request(`http://127.0.0.1${path}`, { method: "POST", headers });
}

const noSleep = { sleep: async () => {} };
const ctx = (ip = "203.0.113.7") => ({ clientIp: ip });

async function rejection(p: Promise<unknown>): Promise<DomainError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, "expected the call to throw").toBeInstanceOf(DomainError);
  return err as DomainError;
}

async function count(table: "users" | "sessions" | "login_attempts"): Promise<number> {
  const [r] = await queryRows<{ n: number }>(
    handle.db,
    sql.raw(`select count(*)::int as n from ${table}`),
  );
  return r!.n;
}

async function newAccount(phone = newPhone(), password = PASSWORD) {
  const res = await signUp(req(), { displayName: "小李", identifier: phone, password }, ctx());
  return { ...res, phone, password };
}

describe("sign-up", () => {
  it("creates an account with a normalised phone and an argon2id hash, and signs it in", async () => {
    const phone = newPhone();
    const res = await signUp(
      req(),
      {
        displayName: " 小李 ",
        identifier: `+86 ${phone.slice(0, 3)}-${phone.slice(3)}`,
        password: PASSWORD,
      },
      ctx(),
    );
    const [row] = await handle.db.select().from(users).where(eq(users.id, res.userId));
    expect(row!.phone).toBe(`+86${phone}`);
    expect(row!.displayName).toBe("小李");
    expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row!.passwordHash).not.toContain(PASSWORD);
    expect(res.setCookie).toMatch(
      /^qm_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/,
    );
    const me = await getSessionUser(req(res.token));
    expect(me?.id).toBe(res.userId);
    // The table holds the token's hash, never the token.
    const [s] = await handle.db.select().from(sessions).where(eq(sessions.userId, res.userId));
    expect(s!.id).toBe(hashToken(res.token));
    expect(s!.id).not.toBe(res.token);
    expect(s!.ip).toBe("203.0.113.7");
  });

  it("accepts an email, lower-cased", async () => {
    const res = await signUp(
      req(),
      { displayName: "Ann", identifier: "  Ann.Lee@Example.COM ", password: PASSWORD },
      ctx(),
    );
    const [row] = await handle.db.select().from(users).where(eq(users.id, res.userId));
    expect(row!.email).toBe("ann.lee@example.com");
    expect(row!.phone).toBeNull();
  });

  it.each([
    [
      { displayName: "x", identifier: "12345", password: PASSWORD },
      { identifier: "auth.error.identifier" },
    ],
    [
      { displayName: "x", identifier: "not-an-email@", password: PASSWORD },
      { identifier: "auth.error.identifier" },
    ],
    [
      { displayName: "", identifier: "13900000000", password: PASSWORD },
      { displayName: "auth.error.displayName" },
    ],
    [
      { displayName: "x", identifier: "13900000001", password: "short7!" },
      { password: "auth.error.passwordShort" },
    ],
    [
      { displayName: "x", identifier: "13900000002", password: "x".repeat(129) },
      { password: "auth.error.passwordLong" },
    ],
    [
      { displayName: "x", identifier: "13900000003", password: "woaini1314" },
      { password: "auth.error.passwordCommon" },
    ],
    [
      { displayName: "x", identifier: "13900000004", password: "Password123" },
      { password: "auth.error.passwordCommon" },
    ],
    [
      {},
      {
        displayName: "auth.error.displayName",
        identifier: "auth.error.identifier",
        password: "auth.error.passwordShort",
      },
    ],
  ])("refuses %j with field errors and writes nothing", async (input, fields) => {
    const before = [await count("users"), await count("sessions")];
    const err = await rejection(signUp(req(), input, ctx()));
    expect(err.code).toBe("invalid");
    expect(err.fields).toEqual(fields);
    expect([await count("users"), await count("sessions")]).toEqual(before);
  });

  it("refuses a phone or email that is already registered, in any spelling", async () => {
    const { phone } = await newAccount();
    await signUp(
      req(),
      { displayName: "a", identifier: "Dup@Example.com", password: PASSWORD },
      ctx(),
    );
    const before = await count("users");
    for (const identifier of [phone, `+86${phone}`, "dup@example.com", " DUP@example.com"]) {
      const err = await rejection(
        signUp(req(), { displayName: "b", identifier, password: PASSWORD }, ctx()),
      );
      expect(err.fields).toEqual({ identifier: "auth.error.taken" });
    }
    expect(await count("users")).toBe(before);
  });

  it("the database itself refuses a password without a phone or email, but keeps demo rows", async () => {
    const demo = await count("users");
    expect(demo).toBeGreaterThan(0); // seeded sellers' users have no credentials
    await expect(
      handle.db.insert(users).values({ displayName: "x", passwordHash: "$argon2id$x" }),
    ).rejects.toThrow();
  });
});

describe("sign-in", () => {
  it("succeeds with phone or +86 phone, and logs the attempt without secrets", async () => {
    const a = await newAccount();
    const res = await signIn(
      req(),
      { identifier: `+86${a.phone}`, password: PASSWORD },
      ctx(),
      noSleep,
    );
    expect((await getSessionUser(req(res.token)))?.id).toBe(a.userId);
    const rows = await handle.db.select().from(loginAttempts);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(a.phone);
    expect(text).not.toContain(PASSWORD);
    expect(rows.some((r) => r.succeeded)).toBe(true);
  });

  it("gives the same error for an unknown account and a wrong password", async () => {
    const a = await newAccount();
    const wrong = await rejection(
      signIn(
        req(),
        { identifier: a.phone, password: "wrong-password" },
        ctx("198.51.100.1"),
        noSleep,
      ),
    );
    const unknown = await rejection(
      signIn(
        req(),
        { identifier: "13700000000", password: "wrong-password" },
        ctx("198.51.100.1"),
        noSleep,
      ),
    );
    expect(wrong.code).toBe("invalid");
    expect(wrong.fields).toEqual({ form: "auth.error.badCredentials" });
    expect(unknown.code).toBe(wrong.code);
    expect(unknown.fields).toEqual(wrong.fields);
    expect(unknown.message).toBe(wrong.message);
  });

  it("rotates the session: the browser's old session id stops working", async () => {
    const a = await newAccount();
    const first = await signIn(req(), { identifier: a.phone, password: PASSWORD }, ctx(), noSleep);
    const second = await signIn(
      req(first.token),
      { identifier: a.phone, password: PASSWORD },
      ctx(),
      noSleep,
    );
    expect(second.token).not.toBe(first.token);
    expect(await getSessionUser(req(first.token))).toBeNull();
    expect((await getSessionUser(req(second.token)))?.id).toBe(a.userId);
    // Signing up over an existing session rotates too.
    const b = await signUp(
      req(second.token),
      { displayName: "b", identifier: newPhone(), password: PASSWORD },
      ctx(),
    );
    expect(await getSessionUser(req(second.token))).toBeNull();
    expect((await getSessionUser(req(b.token)))?.id).toBe(b.userId);
  });
});

describe("throttling", () => {
  it("blocks the 11th failure for an account within 15 minutes, with a growing delay", async () => {
    const a = await newAccount();
    const delays: number[] = [];
    const sleep = { sleep: async (ms: number) => void delays.push(ms) };
    // Different IPs, so only the per-account limit applies.
    for (let i = 0; i < 10; i++) {
      const err = await rejection(
        signIn(
          req(),
          { identifier: a.phone, password: "wrong-password" },
          ctx(`192.0.2.${i}`),
          sleep,
        ),
      );
      expect(err.fields).toEqual({ form: "auth.error.badCredentials" });
    }
    expect(delays).toEqual([0, 0, 0, 250, 500, 1000, 2000, 4000, 8000, 8000]);
    // The right password no longer helps: refused without being checked.
    const err = await rejection(
      signIn(req(), { identifier: a.phone, password: PASSWORD }, ctx("192.0.2.99"), sleep),
    );
    expect(err).toBeInstanceOf(ThrottledError);
    const seconds = (err as ThrottledError).retryAfterSeconds;
    expect(seconds).toBeGreaterThan(14 * 60);
    expect(seconds).toBeLessThanOrEqual(15 * 60);

    // 15 minutes later (age the rows), it works again.
    await handle.db.execute(
      sql`update login_attempts set created_at = created_at - interval '16 minutes'`,
    );
    const ok = await signIn(req(), { identifier: a.phone, password: PASSWORD }, ctx(), noSleep);
    expect(ok.userId).toBe(a.userId);
    await handle.db.execute(sql`delete from login_attempts`);
  });

  it("blocks an IP after 10 failures across different accounts", async () => {
    const ip = "198.51.100.77";
    for (let i = 0; i < 10; i++) {
      await rejection(
        signIn(
          req(),
          { identifier: `1360000000${i}`, password: "wrong-password" },
          ctx(ip),
          noSleep,
        ),
      );
    }
    const a = await newAccount();
    const err = await rejection(
      signIn(req(), { identifier: a.phone, password: PASSWORD }, ctx(ip), noSleep),
    );
    expect(err).toBeInstanceOf(ThrottledError);
    // The same account from another IP is fine.
    const ok = await signIn(
      req(),
      { identifier: a.phone, password: PASSWORD },
      ctx("198.51.100.78"),
      noSleep,
    );
    expect(ok.userId).toBe(a.userId);
    await handle.db.execute(sql`delete from login_attempts`);
  });

  it("a success clears the account's count", async () => {
    const a = await newAccount();
    for (let i = 0; i < 9; i++)
      await rejection(
        signIn(req(), { identifier: a.phone, password: "nope-nope" }, ctx(`10.0.0.${i}`), noSleep),
      );
    await signIn(req(), { identifier: a.phone, password: PASSWORD }, ctx("10.0.1.1"), noSleep);
    const delays: number[] = [];
    await rejection(
      signIn(req(), { identifier: a.phone, password: "nope-nope" }, ctx("10.0.1.2"), {
        sleep: async (ms) => void delays.push(ms),
      }),
    );
    expect(delays).toEqual([0]);
    await handle.db.execute(sql`delete from login_attempts`);
  });
});

describe("sessions", () => {
  it("expire after 7 idle days and 30 days absolute", async () => {
    const a = await newAccount();
    const idle = await signIn(req(), { identifier: a.phone, password: PASSWORD }, ctx(), noSleep);
    await handle.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 7 * 86_400_000 - 1000) })
      .where(eq(sessions.id, hashToken(idle.token)));
    expect(await getSessionUser(req(idle.token))).toBeNull();

    const old = await signIn(req(), { identifier: a.phone, password: PASSWORD }, ctx(), noSleep);
    await handle.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.id, hashToken(old.token)));
    expect(await getSessionUser(req(old.token))).toBeNull();

    // Activity keeps a session alive: last_seen_at moves forward (at most once a minute).
    const live = await signIn(req(), { identifier: a.phone, password: PASSWORD }, ctx(), noSleep);
    const sixDaysAgo = new Date(Date.now() - 6 * 86_400_000);
    await handle.db
      .update(sessions)
      .set({ lastSeenAt: sixDaysAgo })
      .where(eq(sessions.id, hashToken(live.token)));
    expect((await getSessionUser(req(live.token)))?.id).toBe(a.userId);
    const [row] = await handle.db
      .select()
      .from(sessions)
      .where(eq(sessions.id, hashToken(live.token)));
    expect(row!.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("ignores malformed and unknown cookies", async () => {
    expect(await getSessionUser(req("x".repeat(43)))).toBeNull();
    expect(await getSessionUser(req("'; drop table sessions; --"))).toBeNull();
    expect(await getSessionUser(req())).toBeNull();
  });

  it("sign-out ends only this session; sign-out-everywhere ends them all", async () => {
    const a = await newAccount();
    const s1 = await signIn(req(), { identifier: a.phone, password: PASSWORD }, ctx(), noSleep);
    const s2 = await signIn(req(), { identifier: a.phone, password: PASSWORD }, ctx(), noSleep);
    const s3 = await signIn(req(), { identifier: a.phone, password: PASSWORD }, ctx(), noSleep);
    const cleared = await signOut(req(s1.token));
    expect(cleared).toMatch(/^qm_session=; .*Max-Age=0/);
    expect(await getSessionUser(req(s1.token))).toBeNull();
    expect(await getSessionUser(req(s2.token))).not.toBeNull();

    await signOutEverywhere(req(s2.token));
    expect(await getSessionUser(req(s2.token))).toBeNull();
    expect(await getSessionUser(req(s3.token))).toBeNull();
    expect(await getSessionUser(req(a.token))).toBeNull();
  });

  it("requireUser redirects to /login with the way back", async () => {
    const thrown = await requireUser(req(null, "/account?tab=1")).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).headers.get("Location")).toBe(
      "/login?redirectTo=%2Faccount%3Ftab%3D1",
    );
  });
});

describe("change password", () => {
  it("checks the current password, revokes other sessions, keeps this one", async () => {
    const a = await newAccount();
    const other = await signIn(req(), { identifier: a.phone, password: PASSWORD }, ctx(), noSleep);
    const wrong = await rejection(
      changePassword(req(a.token), {
        currentPassword: "not-it-at-all",
        newPassword: "another-good-one-7",
      }),
    );
    expect(wrong.fields).toEqual({ currentPassword: "auth.error.currentPassword" });
    const common = await rejection(
      changePassword(req(a.token), { currentPassword: PASSWORD, newPassword: "iloveyou1314" }),
    );
    expect(common.fields).toEqual({ newPassword: "auth.error.passwordCommon" });
    expect(await getSessionUser(req(other.token))).not.toBeNull();

    await changePassword(req(a.token), {
      currentPassword: PASSWORD,
      newPassword: "another-good-one-7",
    });
    expect(await getSessionUser(req(other.token))).toBeNull();
    expect((await getSessionUser(req(a.token)))?.id).toBe(a.userId);
    await rejection(
      signIn(req(), { identifier: a.phone, password: PASSWORD }, ctx("10.9.9.9"), noSleep),
    );
    const ok = await signIn(
      req(),
      { identifier: a.phone, password: "another-good-one-7" },
      ctx(),
      noSleep,
    );
    expect(ok.userId).toBe(a.userId);
  });
});

describe("password hashing", () => {
  it("runs at most 2 hashes at once", async () => {
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, hashSlots.running)), 1);
    await Promise.all(Array.from({ length: 5 }, (_, i) => hashPassword(`parallel-${i}`)));
    clearInterval(timer);
    expect(peak).toBeLessThanOrEqual(2);
    expect(peak).toBeGreaterThan(0);
  });
});

describe("routes", () => {
  const post = (path: string, body: Record<string, string | Blob>) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(body)) form.append(k, v);
    return new Request(`http://127.0.0.1${path}`, { method: "POST", body: form });
  };
  const args = (request: Request, ip = "192.0.2.200") => ({
    request,
    params: {},
    context: { clientIp: ip },
  });

  it("a throttled sign-in answers 429 with Retry-After and the minutes to wait", async () => {
    const { action } = await import("~/routes/login");
    const ip = "192.0.2.201";
    await handle.db.insert(loginAttempts).values(
      Array.from({ length: 10 }, (_, i) => ({
        identifierHash: `x${i}`,
        ip,
        succeeded: false,
        createdAt: new Date(Date.now() - 60_000),
      })),
    );
    const res = (await action(
      args(post("/login", { identifier: "13900000000", password: "whatever-1" }), ip),
    )) as unknown as { init: ResponseInit; data: { errors: unknown; retryMinutes: number } };
    expect(res.init.status).toBe(429);
    expect(new Headers(res.init.headers).get("Retry-After")).toMatch(/^\d+$/);
    expect(res.data.errors).toEqual({ form: "auth.error.throttled" });
    expect(res.data.retryMinutes).toBe(14);
    await handle.db.execute(sql`delete from login_attempts`);
  });

  it("odd form input gets 400 with field errors, never a 500 or a row", async () => {
    const { action } = await import("~/routes/signup");
    const before = await count("users");
    const bodies: Record<string, string | Blob>[] = [
      {},
      { displayName: new Blob(["x"]), identifier: new Blob(["y"]), password: new Blob(["z"]) },
      {
        displayName: "x".repeat(10_000),
        identifier: "１３９００００００００",
        password: "p".repeat(129),
      },
      { displayName: "x", identifier: "a@b.c\u0000", password: "\u0000".repeat(8) },
    ];
    for (const body of bodies) {
      const res = (await action(args(post("/signup", body)))) as unknown as {
        init: ResponseInit;
        data: { errors: Record<string, string>; values: Record<string, string> };
      };
      expect(res.init.status).toBe(400);
      expect(Object.keys(res.data.errors).length).toBeGreaterThan(0);
      expect(JSON.stringify(res.data.values)).not.toContain("password");
    }
    expect(await count("users")).toBe(before);
  });
});
