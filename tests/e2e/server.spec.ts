import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";

// What the production server promises: compressed pages, year-long caching of fingerprinted
// assets, request ids, and a clean exit on SIGTERM (remix-serve hangs there; ADR 007).

test("pages are compressed, assets are immutable, each response has a request id @js-only", async ({
  request,
}) => {
  const home = await request.get("/", { headers: { "Accept-Encoding": "gzip" } });
  expect(home.status()).toBe(200);
  expect(home.headers()["content-encoding"]).toBe("gzip");
  expect(home.headers()["x-request-id"]).toMatch(/^[\w-]{8,}$/);
  expect(home.headers()["cache-control"]).toContain("public");
  expect(home.headers()["vary"]).toMatch(/Accept-Language/i);
  const html = await home.text();
  const asset = /\/assets\/[\w.-]+\.css/.exec(html)?.[0];
  expect(asset, "stylesheet link in the page").toBeTruthy();
  const css = await request.get(asset!);
  expect(css.status()).toBe(200);
  expect(css.headers()["cache-control"]).toMatch(
    /max-age=31536000.*immutable|immutable.*max-age=31536000/,
  );
  const missing = await request.get("/media/products/none/0-320.webp");
  expect(missing.status()).toBe(404);
});

test("Chinese pages arrive as clean UTF-8 without NUL bytes (React 18 stream padding) @js-only", async ({
  request,
}) => {
  for (const url of ["/", "/c", "/c/tea", "/c/honey?sort=price-asc", "/r/52"]) {
    const body = await (
      await request.get(url, { headers: { "Accept-Encoding": "identity" } })
    ).body();
    expect(body.length, url).toBeGreaterThan(2048);
    expect(body.indexOf(0), `NUL byte in ${url}`).toBe(-1);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(body), url).not.toThrow();
  }
});

test("the server exits cleanly on SIGTERM and closes the database @js-only", async () => {
  test.setTimeout(90_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "qm-sigterm-"));
  const port = 3900 + Math.floor(Math.random() * 90);
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: "info",
      DATABASE_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  try {
    await expect
      .poll(
        async () => {
          try {
            return (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
          } catch {
            return 0;
          }
        },
        { timeout: 60_000 },
      )
      .toBe(200);
    const exited = new Promise<number | null>((resolve) =>
      child.once("exit", (code) => resolve(code)),
    );
    child.kill("SIGTERM");
    const code = await Promise.race([
      exited,
      new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), 15_000)),
    ]);
    expect(code, `server output:\n${out}`).toBe(0);
    expect(out).toContain("closed");
  } finally {
    child.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  }
});
