/**
 * The `test` every spec uses (ADR 005):
 * - `consoleErrors` (automatic): collects console errors and uncaught page errors from every
 *   page of the test's browser context and fails the test if any occurred. A test that
 *   expects one (e.g. visiting a 404 page logs "Failed to load resource") calls
 *   `consoleErrors.allow(/404/)` first.
 * - `axe()`: runs axe-core on the current page and returns the serious and critical
 *   violations in a readable shape, so `expect(await axe()).toEqual([])` prints what broke.
 *   In the `no-js` project axe cannot run inside the page (its async evaluation never
 *   settles with scripting off), so it checks a script-free replay of the same HTML.
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

export { expect };

/** A 360 px wide phone (the narrowest screen we support); `test.use(mobileViewport)`. */
export const mobileViewport = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
} as const;

export interface ConsoleErrors {
  /** Everything collected so far (type: text @ url). */
  readonly messages: string[];
  /** Tolerates messages matching `pattern` for the rest of this test. */
  allow(pattern: RegExp): void;
}

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  /** CSS selectors of (up to 5 of) the offending nodes. */
  targets: string[];
}

export interface AxeOptions {
  /** Only check inside this selector. */
  include?: string;
  /** Rule ids to skip, each with a reason in the calling test. */
  disableRules?: string[];
}

/** Runs axe-core on `page` and keeps the serious and critical violations. */
async function analyze(page: Page, opts: AxeOptions, legacyMode = false): Promise<AxeViolation[]> {
  let builder = new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .setLegacyMode(legacyMode);
  if (opts.include) builder = builder.include(opts.include);
  if (opts.disableRules?.length) builder = builder.disableRules(opts.disableRules);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
}

interface Fixtures {
  consoleErrors: ConsoleErrors;
  axe: (opts?: AxeOptions) => Promise<AxeViolation[]>;
}

export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ context }, use) => {
      const messages: string[] = [];
      const allowed: RegExp[] = [];
      const record = (text: string) => {
        if (!allowed.some((re) => re.test(text))) messages.push(text);
      };
      context.on("console", (msg) => {
        if (msg.type() !== "error") return;
        const where = msg.location().url;
        record(`console.error: ${msg.text()}${where ? ` @ ${where}` : ""}`);
      });
      context.on("weberror", (webError) => {
        const err = webError.error();
        record(`page error: ${err.name}: ${err.message}`);
      });
      await use({
        messages,
        allow: (pattern) => {
          allowed.push(pattern);
          // Drop what was already recorded and is now allowed.
          for (let i = messages.length - 1; i >= 0; i--)
            if (pattern.test(messages[i]!)) messages.splice(i, 1);
        },
      });
      expect(messages, "console errors or uncaught page errors during the test").toEqual([]);
    },
    { auto: true },
  ],

  axe: async ({ page, javaScriptEnabled }, use) => {
    // With scripting off, axe cannot run inside the page (its async evaluation never
    // settles). It checks the same DOM instead: the page's current HTML, minus scripts,
    // replayed in one scripting-enabled sibling context (made on first use, reused by
    // later calls in the test) that loads the same CSS from the server.
    let replay: { context: BrowserContext; page: Page } | undefined;
    const current = { url: "", html: "" };
    await use(async (opts = {}) => {
      if (javaScriptEnabled !== false) return analyze(page, opts);
      current.html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
      current.url = page.url();
      if (!replay) {
        const browser = page.context().browser();
        if (!browser) throw new Error("axe(): no browser for the no-js replay context");
        const context = await browser.newContext({
          javaScriptEnabled: true,
          viewport: page.viewportSize(),
          locale: await page.evaluate(() => document.documentElement.lang || "zh-CN"),
        });
        await context.route("**/*", async (route) => {
          const req = route.request();
          if (req.isNavigationRequest() && req.url() === current.url) {
            await route.fulfill({
              status: 200,
              contentType: "text/html; charset=utf-8",
              body: current.html,
            });
          } else if (["script", "image", "media", "font"].includes(req.resourceType())) {
            // Scripts would not run for this visitor; pictures and fonts don't change what
            // axe checks (alt text and contrast are read from the DOM and CSS).
            await route.abort();
          } else {
            await route.continue();
          }
        });
        replay = { context, page: await context.newPage() };
      }
      await replay.page.goto(current.url);
      // Legacy mode runs axe in this page instead of opening another blank one to merge
      // results; fine here, because the replay has no frames.
      return analyze(replay.page, opts, true);
    });
    await replay?.context.close();
  },
});
