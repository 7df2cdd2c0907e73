/**
 * Two projects (ADR 005):
 * - `unit`: pure code, no database, node environment.
 * - `integration`: real PostgreSQL. A global setup migrates (and seeds) a template once per
 *   engine; each test FILE gets its own copy through `freshDb()` (tests/helpers/db.ts).
 *   The engine is chosen by `QM_TEST_DB=pglite|postgres` (postgres needs `TEST_DATABASE_URL`),
 *   so `scripts/test.ts` runs the same suite twice.
 * `console.error` during any test fails it (tests/helpers/console-guard.ts).
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Each integration worker holds its own PGlite (WASM, ~100 MB) or a small postgres.js pool,
// so one worker per core is the sweet spot; never fewer than 2 so files really overlap.
const integrationWorkers = Math.max(2, Math.min(4, availableParallelism()));

export default defineConfig({
  resolve: {
    alias: { "~": r("./app"), "#db": r("./db"), "#search": r("./search") },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts"],
          setupFiles: ["tests/helpers/console-guard.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/helpers/global-setup.ts"],
          setupFiles: ["tests/helpers/console-guard.ts"],
          pool: "forks",
          maxWorkers: integrationWorkers,
          // Opening a cloned PGlite takes ~1 s and seeding work can be slow on a busy CI box.
          hookTimeout: 60_000,
          testTimeout: 30_000,
        },
      },
    ],
  },
});
