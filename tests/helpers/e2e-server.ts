/**
 * Playwright's web server (playwright.config.ts): a fresh embedded database in DATA_DIR
 * (default .data/e2e), then scripts/demo.ts (migrate, seed with images, serve on PORT).
 *
 * Everything under DATA_DIR is wiped except the generated product pictures: they are
 * deterministic in their storage key and the seed skips files that exist, so keeping them
 * saves ~55 s of rendering per run. They are dropped too when the image code changes
 * (hash of db/seed/images.ts) or when E2E_FRESH_IMAGES=1. When the integration tests have
 * left a current migrated PGlite template (.data/test-template), the database starts as a
 * copy of it instead of a ~6 s initdb.
 */
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { pgliteTemplateRoot, projectRoot, templateHash } from "./db-template";

const dataDir = path.resolve(projectRoot, process.env.DATA_DIR ?? ".data/e2e");
process.env.DATA_DIR = dataDir;

const imageCode = path.join(projectRoot, "db", "seed", "images.ts");
const imageHash = existsSync(imageCode)
  ? createHash("sha256").update(readFileSync(imageCode)).digest("hex").slice(0, 16)
  : "none";
const stampFile = path.join(dataDir, "images.stamp");
const keepImages =
  process.env.E2E_FRESH_IMAGES !== "1" &&
  existsSync(stampFile) &&
  readFileSync(stampFile, "utf8").trim() === imageHash;

if (process.env.E2E_REUSE_DATA !== "1") {
  mkdirSync(dataDir, { recursive: true });
  for (const name of readdirSync(dataDir)) {
    if (keepImages && (name === "uploads" || name === "images.stamp")) continue;
    rmSync(path.join(dataDir, name), { recursive: true, force: true });
  }
  if (keepImages) {
    // Keep only the seed's product pictures; anything a test uploaded goes.
    const uploads = path.join(dataDir, "uploads");
    if (existsSync(uploads)) {
      for (const name of readdirSync(uploads)) {
        if (name !== "products") rmSync(path.join(uploads, name), { recursive: true, force: true });
      }
    }
  }
  writeFileSync(stampFile, `${imageHash}\n`);
  // The integration run's migrated PGlite template, when current, spares the ~6 s initdb.
  const template = path.join(pgliteTemplateRoot, `empty-${templateHash("empty")}`);
  if (!process.env.DATABASE_URL && existsSync(path.join(template, "PG_VERSION"))) {
    cpSync(template, path.join(dataDir, "pglite"), { recursive: true });
  }
  process.stdout.write(
    `[e2e] fresh database in ${path.relative(projectRoot, dataDir)} (${keepImages ? "kept" : "re-rendering"} product images)\n`,
  );
}

await import("../../scripts/demo");
