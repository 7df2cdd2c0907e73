/**
 * `npm run demo`: build when the sources changed, migrate the database (embedded PGlite in
 * .data/ unless DATABASE_URL is set), load the deterministic demo data (idempotent), serve on
 * http://127.0.0.1:3000 (PORT / HOST to change).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { dataRoot, migrate, openDb, projectRoot } from "../db/client";
import { seedDemo } from "../db/seed";
import { main as serve } from "../server/index";

const t0 = performance.now();
const log = (msg: string) =>
  console.log(`[demo ${((performance.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** The build is stale when any source it is made from is newer than it. */
function buildIsStale(): boolean {
  const built = path.join(projectRoot, "build", "server", "index.js");
  if (!existsSync(built)) return true;
  const sources = ["app", "public", "vite.config.ts", "package-lock.json", "db/schema"].map((p) =>
    newestMtime(path.join(projectRoot, p)),
  );
  return Math.max(...sources) > statSync(built).mtimeMs;
}

if (process.argv.includes("--skip-build")) {
  log("skipping the build (--skip-build)");
} else if (buildIsStale()) {
  log("building (vite) …");
  const r = spawnSync("npx", ["remix", "vite:build"], { stdio: "inherit", cwd: projectRoot });
  if (r.status !== 0) process.exit(r.status ?? 1);
} else {
  log("build is up to date");
}

const url = process.env.DATABASE_URL || undefined;
const handle = await openDb({ url });
log(
  `database: ${handle.kind === "pglite" ? `embedded PGlite in ${dataRoot()}` : "PostgreSQL server"}`,
);
await migrate(handle);
log("migrations applied");
await seedDemo(handle, { images: true, log });
// Fresh tables have no planner statistics; without them PGlite picks nested loops that are 2× slower.
await handle.exec("analyze");
log("demo data ready");
// The server keeps this connection (PGlite allows one per data directory) and closes it on exit.
await serve({ db: handle });
log(`open http://${process.env.HOST ?? "127.0.0.1"}:${process.env.PORT ?? 3000}`);
