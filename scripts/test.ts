/**
 * `npm test`: everything a change must pass, in one command (ADR 005).
 *
 *   1. a Chromium for the browser tests (PLAYWRIGHT_CHROMIUM_PATH or /usr/bin/chromium;
 *      installed with apt-get when running as root; otherwise a clear failure — browser
 *      tests are never silently skipped)
 *   2. tsc --noEmit          3. eslint (when configured)
 *   4. vitest unit           5. vitest integration on PGlite
 *   6. vitest integration on the PostgreSQL server (when TEST_DATABASE_URL is set)
 *   7. npm run build, then Playwright (js, no-js, mobile projects)
 *
 * Every step runs even after an earlier one failed (except Playwright without a build or a
 * browser), then a summary is printed, and the last line is `N passed, N failed` for CI.
 * Failed checks that are not tests (tsc, eslint, build, browser) count as one failure each.
 */
import { spawn, spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

type Env = Record<string, string | undefined>;

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const resultsDir = path.join(root, "test-results");
mkdirSync(resultsDir, { recursive: true });

interface StepResult {
  name: string;
  ok: boolean;
  seconds: number;
  passed: number;
  failed: number;
  skipped: number;
  /** True when the step is a check (tsc, lint, build, browser) rather than a test run. */
  check: boolean;
  note?: string;
}

const results: StepResult[] = [];
const banner = (text: string) => console.log(`\n\x1b[1m━━ ${text} ━━\x1b[0m`);

/** Runs a command with inherited output; resolves with its exit code. */
function run(cmd: string, args: string[], env: Env = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      stdio: "inherit",
      env: { ...process.env, ...env },
      cwd: root,
    });
    const forward = (sig: NodeJS.Signals) => child.kill(sig);
    process.once("SIGINT", forward);
    process.once("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 128 : 1));
    });
    child.on("error", (err) => {
      console.error(`could not start ${cmd}: ${err.message}`);
      resolve(127);
    });
  });
}

async function check(name: string, cmd: string, args: string[], env?: Env): Promise<boolean> {
  banner(name);
  const t0 = performance.now();
  const code = await run(cmd, args, env);
  const ok = code === 0;
  results.push({
    name,
    ok,
    seconds: (performance.now() - t0) / 1000,
    passed: 0,
    failed: ok ? 0 : 1,
    skipped: 0,
    check: true,
    note: ok ? undefined : `exit code ${code}`,
  });
  return ok;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTests: number;
}

async function vitest(name: string, project: string, env: Env = {}): Promise<void> {
  banner(name);
  const out = path.join(resultsDir, `vitest-${name.replace(/\W+/g, "-").toLowerCase()}.json`);
  rmSync(out, { force: true });
  const t0 = performance.now();
  const code = await run(
    bin("vitest"),
    [
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${out}`,
    ],
    env,
  );
  const json = readJson<VitestJson>(out);
  const passed = json?.numPassedTests ?? 0;
  // A crash before any test ran (e.g. the global setup failed) still counts as a failure.
  const failed = Math.max(json?.numFailedTests ?? 0, code !== 0 ? 1 : 0);
  const skipped = (json?.numPendingTests ?? 0) + (json?.numTodoTests ?? 0);
  let note: string | undefined;
  if (code !== 0 && !json?.numFailedTests)
    note = `vitest exited with ${code} (no test failures recorded)`;
  if (json && json.numTotalTests === 0) note = "no tests found";
  results.push({
    name,
    ok: code === 0 && json !== undefined && json.numTotalTests > 0,
    seconds: (performance.now() - t0) / 1000,
    passed,
    failed: json && json.numTotalTests === 0 ? Math.max(failed, 1) : failed,
    skipped,
    check: false,
    note,
  });
}

interface PlaywrightJson {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: { message?: string }[];
}

async function playwright(chromiumPath: string): Promise<void> {
  banner("playwright (js, no-js, mobile)");
  const out = path.join(resultsDir, "playwright.json");
  rmSync(out, { force: true });
  const t0 = performance.now();
  const code = await run(bin("playwright"), ["test"], {
    PLAYWRIGHT_CHROMIUM_PATH: chromiumPath,
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
  });
  const json = readJson<PlaywrightJson>(out);
  const s = json?.stats;
  const passed = s ? s.expected : 0;
  // A flaky test (passed only on retry) is a failure here; so is a run that could not start.
  const failed = Math.max(s ? s.unexpected + s.flaky : 0, code !== 0 ? 1 : 0);
  const total = s ? s.expected + s.unexpected + s.flaky + s.skipped : 0;
  let note: string | undefined;
  if (json?.errors?.length) note = json.errors[0]?.message?.split("\n")[0];
  else if (code !== 0 && !s?.unexpected) note = `playwright exited with ${code}`;
  if (s && total === 0) note = "no browser tests found";
  results.push({
    name: "playwright",
    ok: code === 0 && total > 0,
    seconds: (performance.now() - t0) / 1000,
    passed,
    failed: s && total === 0 ? Math.max(failed, 1) : failed,
    skipped: s?.skipped ?? 0,
    check: false,
    note,
  });
}

function isExecutable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Finds (or, as root, installs) the system Chromium Playwright drives; null if impossible. */
function findBrowser(): { path: string | null; note?: string } {
  const wanted = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (wanted) {
    return isExecutable(wanted)
      ? { path: wanted }
      : { path: null, note: `PLAYWRIGHT_CHROMIUM_PATH=${wanted} is not an executable file` };
  }
  const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find(isExecutable);
  if (found) return { path: found };

  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (isRoot && hasApt) {
    console.log("No Chromium found; installing it with apt-get (chromium, fonts-noto-cjk) …");
    const install = () =>
      spawnSync(
        "apt-get",
        ["install", "-y", "--no-install-recommends", "chromium", "fonts-noto-cjk"],
        {
          stdio: "inherit",
          env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
        },
      ).status === 0;
    // A fresh container has no package lists yet.
    if (!install() && spawnSync("apt-get", ["update"], { stdio: "inherit" }).status === 0)
      install();
    const after = candidates.find(isExecutable);
    if (after) return { path: after };
    return { path: null, note: "apt-get could not install chromium" };
  }
  return {
    path: null,
    note:
      "No Chromium found for the browser tests. Install it (Debian/Ubuntu: `sudo apt-get install chromium fonts-noto-cjk`) " +
      "or point PLAYWRIGHT_CHROMIUM_PATH at a Chromium/Chrome binary. `npx playwright install` cannot download here.",
  };
}

function hasEslintConfig(): boolean {
  return ["eslint.config.js", "eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts"].some(
    (f) => existsSync(path.join(root, f)),
  );
}

function summary(): number {
  banner("summary");
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(
    `${pad("step", 34)}${pad("result", 8)}${pad("passed", 8)}${pad("failed", 8)}${pad("skipped", 9)}time`,
  );
  for (const r of results) {
    const mark = r.ok ? "\x1b[32mok\x1b[0m    " : "\x1b[31mFAIL\x1b[0m  ";
    const counts = r.check
      ? ["-", r.ok ? "-" : "1", "-"]
      : [String(r.passed), String(r.failed), String(r.skipped)];
    console.log(
      `${pad(r.name, 34)}${mark}  ${pad(counts[0]!, 8)}${pad(counts[1]!, 8)}${pad(counts[2]!, 9)}${r.seconds.toFixed(1)} s` +
        (r.note ? `   (${r.note})` : ""),
    );
  }
  const passed = results.reduce((a, r) => a + r.passed, 0);
  const failed = results.reduce((a, r) => a + r.failed, 0);
  const skipped = results.reduce((a, r) => a + r.skipped, 0);
  const failedChecks = results.filter((r) => r.check && !r.ok).map((r) => r.name);
  const total = (performance.now() - started) / 1000;
  console.log(
    `\ntotal ${total.toFixed(1)} s; ${skipped} test(s) skipped by their own spec (not by this script)`,
  );
  if (failedChecks.length)
    console.log(`failed counts ${failedChecks.length} failed check(s): ${failedChecks.join(", ")}`);
  console.log(`${passed} passed, ${failed} failed`);
  return results.every((r) => r.ok) ? 0 : 1;
}

const started = performance.now();

banner("browser");
const t0 = performance.now();
const browser = findBrowser();
results.push({
  name: "browser (chromium)",
  ok: browser.path !== null,
  seconds: (performance.now() - t0) / 1000,
  passed: 0,
  failed: browser.path ? 0 : 1,
  skipped: 0,
  check: true,
  note: browser.path ?? browser.note,
});
console.log(browser.path ? `using ${browser.path}` : `\x1b[31m${browser.note}\x1b[0m`);

await check("typecheck (tsc --noEmit)", bin("tsc"), ["--noEmit"]);
if (hasEslintConfig()) await check("lint (eslint)", bin("eslint"), ["."]);
await vitest("unit", "unit");
await vitest("integration on PGlite", "integration", { QM_TEST_DB: "pglite" });
if (process.env.TEST_DATABASE_URL) {
  await vitest("integration on PostgreSQL", "integration", { QM_TEST_DB: "postgres" });
} else {
  console.log(
    "\nTEST_DATABASE_URL is not set: the integration suite ran on PGlite only (CI also runs it on the server).",
  );
}
const built = await check("build (npm run build)", "npm", ["run", "build"]);
if (built && browser.path) {
  await playwright(browser.path);
} else {
  const why = !built ? "the build failed" : "no browser";
  console.log(`\n\x1b[31mPlaywright not run: ${why}\x1b[0m`);
  results.push({
    name: "playwright",
    ok: false,
    seconds: 0,
    passed: 0,
    failed: 1,
    skipped: 0,
    check: false,
    note: `not run: ${why}`,
  });
}

process.exit(summary());
