/**
 * `npm run db:seed [-- --no-images] [-- --seed=<text>]`: opens the database (PGlite in
 * .data/ unless DATABASE_URL is set), applies migrations, loads regions and the
 * deterministic demo data (idempotent), renders product images, and prints counts and timings.
 */
import { migrate, openDb } from "../db/client";
import { countSeededRows, seedDemo } from "../db/seed";

const args = process.argv.slice(2);
const images = !args.includes("--no-images");
const seed = args.find((a) => a.startsWith("--seed="))?.slice("--seed=".length);

const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(2)}s`;
const log = (msg: string) => console.log(`[seed ${elapsed()}] ${msg}`);

const handle = await openDb({ url: process.env.DATABASE_URL || undefined });
try {
  log(`database: ${handle.kind === "pglite" ? "embedded PGlite" : "PostgreSQL server"}`);
  await migrate(handle);
  log("migrations applied");
  const result = await seedDemo(handle, { images, seed, log });
  const counts = await countSeededRows(handle);
  log(
    `rows now: ${Object.entries(counts)
      .map(([k, v]) => `${k}=${v}`)
      .join(", ")}`,
  );
  log(
    `timings: database ${result.ms.database} ms, images ${images ? `${result.ms.images} ms` : "skipped (--no-images)"}`,
  );
} finally {
  await handle.close();
}
log("done");
