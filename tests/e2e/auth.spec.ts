import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Accounts (ADR 008): sign up, sign in and out, change password, sign out everywhere, with
// JavaScript on and off; CSRF refusal and the Content-Security-Policy.

test.use({ locale: "zh-CN", extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9" } });

/** A mainland mobile number nobody else in this run uses. */
const newPhone = () => `139${String(randomInt(0, 100_000_000)).padStart(8, "0")}`;

async function signIn(page: Page, identifier: string, password: string) {
  await page.getByLabel("手机号或邮箱").fill(identifier);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

// Refused forms answer 400 (the right status for bad input); the browser logs that.
const FORM_400 = /status of 400 \(Bad Request\)/;

test("sign up with a phone, sign out, sign in, change password, sign out everywhere", async ({
  page,
  axe,
  consoleErrors,
}) => {
  consoleErrors.allow(FORM_400);
  const phone = newPhone();
  const password = "tea-terraces-2026";
  const newPassword = "mountain-honey-88";

  await page.goto("/");
  await page.getByRole("link", { name: "注册" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "注册" })).toBeVisible();
  await expect(page).toHaveTitle("注册 | 青苗集市");
  expect(await axe()).toEqual([]);
  await page.getByLabel("昵称").fill("小青");
  await page.getByLabel("手机号或邮箱").fill(phone);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "注册" }).click();

  // Signed in: the account page, and the header shows who you are.
  await expect(page.getByRole("heading", { level: 1, name: "我的账户" })).toBeVisible();
  await expect(page.getByText("你好，小青")).toBeVisible();
  await expect(
    page.getByText(`${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`),
  ).toBeVisible();
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: /小青/ })).toBeVisible();
  // The signed-in header still fits a 360 px phone.
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "page is wider than the screen").toBeLessThanOrEqual(0);
  expect(await axe()).toEqual([]);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === "qm_session");
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  expect(session?.value).toMatch(/^[\w-]{43}$/);

  // Sign out from the header.
  await header.getByRole("button", { name: "退出登录" }).click();
  await expect(header.getByRole("link", { name: "登录" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Faccount$/);

  // A wrong password says nothing about whether the account exists.
  expect(await axe()).toEqual([]);
  await signIn(page, phone, "not-the-password");
  await expect(page.getByRole("alert")).toHaveText("账户或密码不正确。");
  await expect(page.getByLabel("手机号或邮箱")).toHaveValue(phone);

  // Sign in goes back where we were going.
  await signIn(page, phone, password);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText("你好，小青")).toBeVisible();

  // Change password: the current one is checked first.
  await page.getByLabel("当前密码").fill("wrong-password-1");
  await page.getByLabel("新密码").fill(newPassword);
  await page.getByRole("button", { name: "修改密码" }).click();
  const current = page.getByLabel("当前密码");
  await expect(current).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("当前密码不正确。")).toBeVisible();
  await current.fill(password);
  await page.getByLabel("新密码").fill(newPassword);
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByRole("status")).toHaveText("密码已修改，其他设备上的登录已退出。");

  // Sign out everywhere ends this session too.
  await page.getByRole("button", { name: "退出所有设备" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, phone, newPassword);
  await expect(page.getByText("你好，小青")).toBeVisible();
});

test("sign-up errors appear beside each field, in English too", async ({
  page,
  axe,
  consoleErrors,
  javaScriptEnabled,
}) => {
  consoleErrors.allow(FORM_400);
  await page.goto("/signup");
  await page.getByLabel("昵称").fill("小青");
  await page.getByLabel("手机号或邮箱").fill("12345");
  await page.getByLabel("密码", { exact: true }).fill("woaini1314");
  await page.getByRole("button", { name: "注册" }).click();
  const id = page.getByLabel("手机号或邮箱");
  await expect(id).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("请填写正确的中国大陆手机号或电子邮箱。")).toBeVisible();
  await expect(page.getByText("这个密码太常见，很容易被猜到，请换一个。")).toHaveCount(0); // first error only
  await expect(id).toHaveValue("12345");
  // The server never sends the password back (with JS on, the browser keeps what was typed).
  if (!javaScriptEnabled) await expect(page.getByLabel("密码", { exact: true })).toHaveValue("");
  expect(await axe()).toEqual([]);

  await id.fill(newPhone());
  await page.getByLabel("密码", { exact: true }).fill("woaini1314");
  await page.getByRole("button", { name: "注册" }).click();
  const pw = page.getByLabel("密码", { exact: true });
  await expect(pw).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await pw.getAttribute("aria-describedby"))!.split(" ");
  await expect(page.locator(`[id="${describedBy[0]}"]`)).toHaveText(
    "这个密码太常见，很容易被猜到，请换一个。",
  );

  await page.getByRole("button", { name: "切换到英文" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign up" })).toBeVisible();
  await expect(page).toHaveTitle("Sign up | Qingmiao Market");
  await page.getByLabel("Display name").fill("Qing");
  await page.getByLabel("Mobile number or email").fill("someone@");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(
    page.getByText("Enter a valid mainland China mobile number or email address."),
  ).toBeVisible();
  await expect(page.getByText("The password needs at least 8 characters.")).toBeVisible();
});

test("a POST from another site is refused with 403", async ({ page, baseURL }) => {
  for (const path of ["/logout", "/login", "/locale"]) {
    const foreign = await page.request.post(path, {
      headers: { Origin: "http://evil.example" },
      form: { identifier: "13900000000", password: "whatever-1", lang: "en" },
      maxRedirects: 0,
    });
    expect(foreign.status(), `${path} with a foreign Origin`).toBe(403);
    const missing = await page.request.post(path, { form: { lang: "en" }, maxRedirects: 0 });
    expect(missing.status(), `${path} without Origin or Referer`).toBe(403);
  }
  const viaReferer = await page.request.post("/locale", {
    headers: { Referer: "http://evil.example/page" },
    form: { lang: "en" },
    maxRedirects: 0,
  });
  expect(viaReferer.status()).toBe(403);
  // Our own origin passes.
  const own = await page.request.post("/logout", {
    headers: { Origin: baseURL! },
    maxRedirects: 0,
  });
  expect(own.status()).toBe(303);
});

test("pages carry a nonce-based Content-Security-Policy and run without violations", async ({
  page,
  javaScriptEnabled,
}) => {
  const response = await page.goto("/");
  const csp = response!.headers()["content-security-policy"] ?? "";
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]{24})'/.exec(csp)?.[1];
  expect(nonce, csp).toBeTruthy();
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(response!.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response!.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Plain http here, so no HSTS.
  expect(response!.headers()["strict-transport-security"]).toBeUndefined();
  const html = await response!.text();
  expect(html).toContain(`nonce="${nonce}"`);
  // Every inline script carries the nonce.
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    if (/type="application\/ld\+json"/.test(tag) || /\bsrc=/.test(tag)) continue;
    expect(tag).toContain(`nonce="${nonce}"`);
  }
  // A second request gets a different nonce.
  const again = await page.request.get("/");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce!);

  if (javaScriptEnabled) {
    // Hydration ran under the policy: client-side navigation works (the fixture fails the
    // test on any CSP violation logged to the console).
    await page.waitForFunction(() => "__remixRouter" in window);
    await page.getByRole("link", { name: "登录" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();
  }
});
