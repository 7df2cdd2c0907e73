import { expect, test } from "./fixtures";

// Proves the browser pipeline end to end: system Chromium starts, the webServer (production
// build on a fresh seeded PGlite) answers, the console guard and axe fixtures work, and the
// `no-js` project really has JavaScript off.

test("the home page greets a visitor with the market's name, accessibly", async ({ page, axe }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/青苗集市/);
  await expect(page.getByRole("link", { name: "青苗集市" }).first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await axe()).toEqual([]);
});

test("/healthz says the database answers", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { ok: boolean; database: { ok: boolean; kind?: string } };
  expect(body).toMatchObject({ ok: true, database: { ok: true, kind: "pglite" } });
});

test("the no-js project runs with scripts disabled, the js project with them on", async ({
  page,
}, testInfo) => {
  // With scripts off, a script-written marker never appears.
  await page.setContent(
    '<p id="m">static</p><script>document.getElementById("m").textContent = "scripted"</script>',
  );
  const expected = testInfo.project.use.javaScriptEnabled === false ? "static" : "scripted";
  await expect(page.locator("#m")).toHaveText(expected);
});

// Tagged @mobile: also runs in the `mobile` project (360 px phone). A spec that needs 360 px in
// the js and no-js projects too uses `test.use(mobileViewport)` from ./fixtures.
test.describe("on a phone @mobile", () => {
  test("the home page fits without sideways scrolling", async ({ page }, testInfo) => {
    if (testInfo.project.name === "mobile") expect(page.viewportSize()?.width).toBe(360);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
