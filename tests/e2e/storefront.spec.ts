import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// The buyer's browsing journey. Runs in the `js` and `no-js` projects (playwright.config.ts),
// so every step must work with JavaScript off.

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "page is wider than the screen").toBeLessThanOrEqual(0);
}

test.use({ locale: "zh-CN", extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9" } });

test("home → category → product → seller → county, in Chinese, at 360 px", async ({
  page,
  axe,
}) => {
  // Six pages, each checked by axe: ~35 s alone, far more when the 2 cores are shared.
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 360, height: 780 });

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "买山货，帮乡亲" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "热销好物" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "来自832个贫困县" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "新开的店" })).toBeVisible();
  await expectNoHorizontalScroll(page);
  expect(await axe()).toEqual([]);

  // Category, sorted by price, with link-based pagination.
  const section = page.getByRole("region", { name: "商品分类" });
  const firstCategory = section.getByRole("link").first();
  const categoryName = (await firstCategory.innerText()).replace(/\d+$/, "").trim();
  await firstCategory.click();
  await expect(page.getByRole("heading", { level: 1, name: categoryName })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(categoryName));
  await page
    .getByRole("navigation", { name: "排序" })
    .getByRole("link", { name: "价格从低到高" })
    .click();
  await expect(page).toHaveURL(/sort=price-asc/);
  const prices = await page
    .locator(".product-card [data-fen].price")
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-fen"))));
  expect(prices.length).toBeGreaterThan(1);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));
  const pager = page.getByRole("navigation", { name: "分页" });
  if (await pager.isVisible()) {
    await pager.getByRole("link", { name: "下一页" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page).toHaveURL(/sort=price-asc/);
    // The URL can change before the new page renders (client navigation); wait for page 2.
    await expect(pager.locator('[aria-current="page"]')).toContainText("2");
    const next = await page
      .locator(".product-card [data-fen].price")
      .first()
      .getAttribute("data-fen");
    expect(Number(next)).toBeGreaterThanOrEqual(prices[prices.length - 1]!);
  }
  await expectNoHorizontalScroll(page);
  expect(await axe()).toEqual([]);

  // Product page.
  const card = page.locator(".product-card").first();
  const title = (await card.getByRole("heading").innerText()).trim();
  await card.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "面包屑导航" })).toContainText(categoryName);
  await expect(page.locator(".product__price [data-fen]").first()).toContainText("¥");
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').first().textContent())!,
  );
  expect(jsonLd["@type"]).toBe("Product");
  expect(jsonLd.offers.priceCurrency).toBe("CNY");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/p\//);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
  const countyCard = page.getByRole("region", { name: /产地县/ });
  await expect(countyCard).toBeVisible();
  await expectNoHorizontalScroll(page);
  expect(await axe()).toEqual([]);

  // Seller shop.
  const shopName = (await page.locator(".seller-card__name").innerText()).trim();
  await page.getByRole("link", { name: "进店看看" }).click();
  await expect(page.getByRole("heading", { level: 1, name: shopName })).toBeVisible();
  await expect(page.getByRole("heading", { name: "店主的故事" })).toBeVisible();
  await expect(page.locator(".product-card").first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  expect(await axe()).toEqual([]);

  // County page: its place province → prefecture → county, its sellers and products.
  const countyLink = page.locator(".shop-header").getByRole("link").first();
  const countyName = (await countyLink.innerText()).split("·").pop()!.trim();
  await countyLink.click();
  await expect(page.getByRole("heading", { level: 1, name: countyName })).toBeVisible();
  const crumbs = page.getByRole("navigation", { name: "面包屑导航" }).getByRole("listitem");
  await expect(crumbs).toHaveCount(4); // 首页 › province › prefecture › county
  await expect(page.getByRole("heading", { name: "这里的店铺" })).toBeVisible();
  await expect(page.getByRole("link", { name: shopName })).toBeVisible();
  await expectNoHorizontalScroll(page);
  expect(await axe()).toEqual([]);
});

test("a product from a poverty county shows the 832 label and exit year; others show none", async ({
  page,
}) => {
  // Walk the province list on the home page to a poverty county's product.
  await page.goto("/");
  await page.getByRole("region", { name: "来自832个贫困县" }).getByRole("link").first().click();
  await expect(page.getByText(/其中\d+个是国家级贫困县/)).toBeVisible();
  // A province also has counties outside the 832: pick a card that carries the label.
  await page
    .locator(".product-card", { has: page.getByText("832贫困县") })
    .first()
    .getByRole("link")
    .first()
    .click();
  const countyCard = page.getByRole("region", { name: /产地县/ });
  await expect(countyCard.getByText("832贫困县")).toBeVisible();
  await expect(countyCard.getByText(/20(16|17|18|19|20)年摘帽/)).toBeVisible();
  await expect(countyCard).toContainText(/国家级贫困县（832个之一）/);

  // The sitemap lists every county with shops; find one that is not on the 832 list.
  const sitemap = await (await page.request.get("/sitemap.xml")).text();
  const codes = [...sitemap.matchAll(/\/r\/(\d{6})</g)].map((m) => m[1]!);
  expect(codes.length).toBeGreaterThan(0);
  let found = false;
  for (const code of codes) {
    await page.goto(`/r/${code}`);
    if (await page.getByText("不在832个贫困县名单中").first().isVisible()) {
      found = true;
      await page.locator(".product-card").first().getByRole("link").first().click();
      const card = page.getByRole("region", { name: /产地县/ });
      await expect(card).toContainText("不在832个贫困县名单中");
      await expect(page.getByText("832贫困县")).toHaveCount(0);
      await expect(page.getByText(/年摘帽/)).toHaveCount(0);
      break;
    }
  }
  expect(found, "demo data has a product from a county outside the 832").toBe(true);
});

test("the language switch turns the storefront into English and remembers it", async ({ page }) => {
  await page.goto("/c");
  await page.getByRole("button", { name: "切换到英文" }).click();
  await expect(page).toHaveURL(/\/c$/);
  await expect(page.getByRole("heading", { level: 1, name: "All categories" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: "Buy from the hills, help the villages" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Switch to Chinese" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "买山货，帮乡亲" })).toBeVisible();
});

test("bad input gets a 400 or 404 page, never a 500", async ({
  page,
  request,
  consoleErrors,
  baseURL,
}) => {
  // The browser logs each deliberate 4xx document load; those are expected here.
  consoleErrors.allow(/status of 40[04]/);
  const cases: [string, number, string][] = [
    ["/c/honey?page=-1", 400, "请求有误"],
    ["/c/honey?page=abc", 400, "请求有误"],
    ["/c/honey?sort=drop-table", 400, "请求有误"],
    ["/c/honey?page=99999", 400, "请求有误"],
    ["/c/honey?page=999", 404, "页面不存在"],
    ["/p/no-such-product", 404, "页面不存在"],
    ["/p/%E2%9C%93", 404, "页面不存在"],
    ["/s/nobody", 404, "页面不存在"],
    ["/r/999999", 404, "页面不存在"],
    ["/r/abc", 404, "页面不存在"],
    ["/no/such/page", 404, "页面不存在"],
  ];
  for (const [url, status, text] of cases) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(status);
    await expect(page.getByRole("heading", { level: 1, name: text }), url).toBeVisible();
    await expect(page.getByRole("link", { name: "返回首页" })).toBeVisible();
  }
  const huge = await request.get(`/c/honey?q=${"a".repeat(100_000)}`);
  expect(huge.status()).toBe(400);
  // Same-origin (a POST without Origin is refused as CSRF before validation; ADR 008).
  const post = await request.post("/locale", {
    form: { lang: "xx" },
    headers: { Origin: baseURL! },
  });
  expect(post.status()).toBe(400);
});

test("SEO files: sitemap lists public pages, robots points at it, healthz checks the database", async ({
  request,
}) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.headers()["content-type"]).toContain("xml");
  const xml = await sitemap.text();
  expect(xml).toContain("<urlset");
  expect((xml.match(/\/p\//g) ?? []).length).toBeGreaterThan(300);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: http:\/\/.+\/sitemap\.xml/);
  const health = await request.get("/healthz");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ ok: true, database: { ok: true } });
});
