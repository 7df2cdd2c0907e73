/**
 * Browser tests (ADR 005). Chromium comes from the system (`apt-get install chromium`;
 * `npx playwright install` cannot download here), at /usr/bin/chromium unless
 * PLAYWRIGHT_CHROMIUM_PATH says otherwise. Every spec runs twice: with JavaScript (`js`) and
 * without (`no-js`), because every page must work as plain HTML forms and links. Specs
 * tagged `@mobile` also run at 360 px (`mobile`); `@js-only` keeps a spec out of `no-js`.
 *
 * The web server is the real production build on a fresh embedded database:
 * tests/helpers/e2e-server.ts wipes DATA_DIR=.data/e2e (keeping the deterministic product
 * pictures), then scripts/demo.ts migrates, seeds with images and serves on E2E_PORT.
 * Specs import `test`/`expect` from tests/e2e/fixtures.ts (console-error guard, axe).
 */
import { defineConfig, devices } from "@playwright/test";

const CI = !!process.env.CI;
const port = Number(process.env.E2E_PORT ?? 3111);
const baseURL = `http://127.0.0.1:${port}`;
/** The e2e data; wiped before each run unless E2E_REUSE_DATA=1 (quicker local iteration). */
const dataDir = ".data/e2e";

/** Chromium flags for a container: no sandbox as root, no GPU, no calls home. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const chromium = {
  ...devices["Desktop Chrome"],
  browserName: "chromium" as const,
  launchOptions: {
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH || "/usr/bin/chromium",
    args: chromiumArgs,
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: CI,
  // No retries: a flaky journey is a bug to fix, not to hide.
  retries: 0,
  workers: 2,
  // A journey visits ~5 pages and runs axe on each; on a 2-core CI box that needs headroom.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  outputDir: "test-results/e2e",
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME
    ? [["list"], ["json"]]
    : CI
      ? [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]]
      : [["list"]],
  use: {
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "js", use: { ...chromium }, grepInvert: /@no-js-only/ },
    { name: "no-js", use: { ...chromium, javaScriptEnabled: false }, grepInvert: /@js-only/ },
    {
      name: "mobile",
      grep: /@mobile/,
      use: {
        ...chromium,
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  webServer: {
    // Wipes DATA_DIR (keeping generated product pictures), then runs scripts/demo.ts.
    command: "node --import tsx tests/helpers/e2e-server.ts",
    env: {
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      // The e2e server always runs on the embedded database, whatever the shell says.
      DATABASE_URL: "",
    },
    url: `${baseURL}/healthz`,
    reuseExistingServer: !CI,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
