/**
 * The `test` every spec uses (ADR 005):
 * - `consoleErrors` (automatic): collects console errors and uncaught page errors from every
 *   page of the test's browser context and fails the test if any occurred. A test that
 *   expects one (e.g. visiting a 404 page logs "Failed to load resource") calls
 *   `consoleErrors.allow(/404/)` first.
 * - `axe()`: runs axe-core on the current page and returns the serious and critical
 *   violations in a readable shape, so `expect(await axe()).toEqual([])` prints what broke.
 *   Works in the `no-js` project too (axe is injected through the browser's devtools
 *   protocol, which page script settings do not block — see the smoke spec).
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect } from "@playwright/test";

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
          for (let i = messages.length - 1; i >= 0; i--) if (pattern.test(messages[i]!)) messages.splice(i, 1);
        },
      });
      expect(messages, "console errors or uncaught page errors during the test").toEqual([]);
    },
    { auto: true },
  ],

  axe: async ({ page }, use) => {
    await use(async (opts = {}) => {
      let builder = new AxeBuilder({ page }).withTags([
        "wcag2a",
        "wcag2aa",
        "wcag21a",
        "wcag21aa",
        "best-practice",
      ]);
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
    });
  },
});
