/**
 * `npm run bench:catalog` — how fast the catalogue pages are served, next to a bare
 * node:http server returning the very same bytes (the ceiling for this machine), in one run.
 *
 *   1. migrates and seeds .data/bench (PGlite; kept between runs; seeding is idempotent)
 *   2. starts the production server (server/index.ts) in its own process on a free port
 *   3. fetches the home, a category and a product page once (gzip, as a browser asks) and
 *      keeps their exact bytes and headers
 *   4. starts a bare node:http server, also in its own process, that replays those bytes
 *   5. autocannon: 50 connections for 10 s per page per server (after a 1 s warm-up)
 *   6. prints page, server, requests/s, p50, p99, bytes; stops both servers
 *
 * Options: --duration <s> (10), --connections <n> (50), --warmup <s> (1), --images
 * (seed with generated product images; off by default: the HTML differs only in <img> tags).
 * Needs a build (`npm run build`). Request logs go to /dev/null but are still produced,
 * as in production.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = process.cwd();
const self = fileURLToPath(import.meta.url);

interface Captured {
  page: string;
  path: string;
  status: number;
  headers: Record<string, string>;
  /** base64 of the exact response body bytes (compressed if the server compressed). */
  body: string;
}

// ---------------------------------------------------------------- bare-server mode

/** Serves captured responses by path; the child-process half of the benchmark. */
function serveBare(file: string): void {
  const pages = JSON.parse(readFileSync(file, "utf8")) as Captured[];
  const byPath = new Map(
    pages.map((p) => [
      p.path,
      { status: p.status, headers: p.headers, body: Buffer.from(p.body, "base64") },
    ]),
  );
  const server = http.createServer((req, res) => {
    const hit = byPath.get(req.url ?? "");
    if (!hit) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(hit.status, { ...hit.headers, "content-length": String(hit.body.length) });
    res.end(hit.body);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(0, "127.0.0.1", () => {
    const { port } = server.address() as AddressInfo;
    process.stdout.write(`LISTENING ${port}\n`);
  });
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}

// ---------------------------------------------------------------- helpers

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  const raw = eq ? eq.split("=")[1] : i >= 0 ? process.argv[i + 1] : undefined;
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number, got ${raw}`);
  return n;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = http.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** GET with the headers a browser sends; returns the raw (not decompressed) body. */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  throughput: { average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/** Keeps the response headers that shape what a client receives; drops per-response ones. */
function replayableHeaders(h: http.IncomingHttpHeaders): Record<string, string> {
  const drop = new Set([
    "date",
    "connection",
    "keep-alive",
    "transfer-encoding",
    "content-length",
    "x-request-id",
  ]);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined || drop.has(k)) continue;
    out[k] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const duration = arg("duration", 10);
  const connections = arg("connections", 50);
  const warmup = arg("warmup", 1);
  const images = process.argv.includes("--images");

  if (!existsSync(path.join(root, "build", "server", "index.js"))) {
    console.error("No production build. Run `npm run build` first.");
    process.exit(1);
  }

  const dataDir = path.join(root, ".data", images ? "bench-images" : "bench");
  mkdirSync(dataDir, { recursive: true });
  const t0 = performance.now();
  process.env.DATA_DIR = dataDir; // generated images (with --images) land in this media store
  const { migrate, openDb } = await import("../../db/client");
  const { seedDemo } = await import("../../db/seed");
  const handle = await openDb({ dataDir: path.join(dataDir, "pglite") });
  await migrate(handle);
  await seedDemo(handle, { images, log: () => {} }); // idempotent: a no-op once loaded
  await handle.exec("analyze"); // planner statistics, as `npm run demo` does
  await handle.close();
  console.log(
    `data: ${path.relative(root, dataDir)} ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const port = await freePort();
  const app = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: "",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let appErr = "";
  app.stderr?.on("data", (d: Buffer) => (appErr += d.toString()));
  let bare: ChildProcess | undefined;
  try {
    const appUrl = `http://127.0.0.1:${port}`;
    await waitFor(`${appUrl}/healthz`, app, 120_000).catch((e: Error) => {
      throw new Error(`${e.message}\n${appErr}`);
    });

    const browserHeaders = {
      "accept-encoding": "gzip, deflate",
      "accept-language": "zh-CN,zh;q=0.9",
      accept: "text/html",
    };
    // Pick a real category and product from the home page, as a visitor would.
    const homeHtml = await (await fetch(`${appUrl}/`)).text();
    const category = /href="(\/c\/[^"?#]+)"/.exec(homeHtml)?.[1];
    const product = /href="(\/p\/[^"?#]+)"/.exec(homeHtml)?.[1];
    if (!category || !product)
      throw new Error("the home page links to no category or product: is the data seeded?");
    const targets = [
      { page: "home", path: "/" },
      { page: "category", path: category },
      { page: "product", path: product },
    ];

    const captured: Captured[] = [];
    for (const t of targets) {
      const r = await rawGet(`${appUrl}${t.path}`, browserHeaders);
      if (r.status !== 200) throw new Error(`${t.path} answered ${r.status}`);
      captured.push({
        ...t,
        status: r.status,
        headers: replayableHeaders(r.headers),
        body: r.body.toString("base64"),
      });
    }
    const pagesFile = path.join(dataDir, "captured-pages.json");
    writeFileSync(pagesFile, JSON.stringify(captured));

    bare = spawn(process.execPath, ["--import", "tsx", self, "--serve-bare", pagesFile], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const barePort = await new Promise<number>((resolve, reject) => {
      let buf = "";
      bare!.stdout!.on("data", (d: Buffer) => {
        buf += d.toString();
        const m = /LISTENING (\d+)/.exec(buf);
        if (m) resolve(Number(m[1]));
      });
      bare!.once("exit", (code) => reject(new Error(`bare server exited with ${code}`)));
    });
    const bareUrl = `http://127.0.0.1:${barePort}`;

    console.log(
      `autocannon: ${connections} connections, ${duration} s per run (+${warmup} s warm-up), ` +
        `Accept-Encoding: gzip; node ${process.version}; app server and bare server each in their own process`,
    );
    const rows: string[][] = [];
    for (const c of captured) {
      for (const [server, base] of [
        ["app", appUrl],
        ["bare node:http", bareUrl],
      ] as const) {
        const url = `${base}${c.path}`;
        if (warmup > 0)
          await autocannon({ url, connections, duration: warmup, headers: browserHeaders });
        const r = await autocannon({ url, connections, duration, headers: browserHeaders });
        const bytes = Buffer.from(c.body, "base64").length;
        const problems = r.non2xx + r.errors + r.timeouts;
        rows.push([
          c.page,
          server,
          r.requests.average.toFixed(0),
          `${r.latency.p50} ms`,
          `${r.latency.p99} ms`,
          `${bytes}${c.headers["content-encoding"] ? ` (${c.headers["content-encoding"]})` : ""}`,
          problems ? `${problems} non-2xx/errors` : "",
        ]);
        process.stdout.write(`  ${c.page} on ${server}: ${r.requests.average.toFixed(0)} req/s\n`);
      }
    }
    const head = ["page", "server", "requests/s", "p50", "p99", "bytes", "problems"];
    if (rows.every((r) => r[6] === "")) {
      head.pop();
      rows.forEach((r) => r.pop());
    }
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => c.padEnd(widths[i]!))
        .join("  ")
        .trimEnd();
    console.log(`\n${line(head)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
    for (const r of rows) console.log(line(r));
    console.log(`\npaths: ${captured.map((c) => `${c.page}=${c.path}`).join("  ")}`);
  } finally {
    if (bare) await stop(bare);
    await stop(app);
  }
}

if (process.argv.includes("--serve-bare")) {
  serveBare(process.argv[process.argv.indexOf("--serve-bare") + 1]!);
} else {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
