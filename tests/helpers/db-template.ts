/**
 * What the integration global setup (tests/helpers/global-setup.ts) and `freshDb()`
 * (tests/helpers/db.ts) agree on: which engine, where the templates are, how they are named.
 * ADR 005 explains the template-clone approach.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type TestEngine = "pglite" | "postgres";
export type TemplateVariant = "empty" | "demo";

/** Handed from the global setup to every test worker through vitest's provide/inject. */
export interface TestDbInfo {
  engine: TestEngine;
  /** Identifies this vitest run; clones are named after it so teardown can find them. */
  runId: string;
  /** PGlite: template data directories. Postgres: template database names. */
  templates: Record<TemplateVariant, string | null>;
  /** Why a template is missing (e.g. the demo seed module does not exist yet). */
  missing: Partial<Record<TemplateVariant, string>>;
  /** PGlite: directory that holds this run's clones. */
  cloneRoot?: string;
  /** Postgres: the server URL clones are created through. */
  adminUrl?: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    qmTestDb: TestDbInfo;
  }
}

/** Project root (this file lives in tests/helpers). */
export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
/** PGlite templates live here, reused across runs while their hash matches. */
export const pgliteTemplateRoot = path.join(projectRoot, ".data", "test-template");
/** The demo seed module; the demo template is built from it when it exists. */
export const seedModulePath = path.join(projectRoot, "db", "seed", "index.ts");

/** Prefix of PostgreSQL template databases (`qingmiao_tpl_<variant>_<hash>`). */
export const PG_TEMPLATE_PREFIX = "qingmiao_tpl_";
/** Prefix of per-file PostgreSQL clones (`qingmiao_t_<runId>_<random>`). */
export const PG_CLONE_PREFIX = "qingmiao_t_";

/** Reads QM_TEST_DB (default pglite); postgres requires TEST_DATABASE_URL. */
export function engineFromEnv(env: NodeJS.ProcessEnv = process.env): TestEngine {
  const wanted = (env.QM_TEST_DB ?? "pglite").trim();
  if (wanted !== "pglite" && wanted !== "postgres") {
    throw new Error(`QM_TEST_DB must be "pglite" or "postgres", got "${wanted}"`);
  }
  if (wanted === "postgres" && !env.TEST_DATABASE_URL) {
    throw new Error(
      "QM_TEST_DB=postgres needs TEST_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/postgres",
    );
  }
  return wanted;
}

function hashTree(hash: ReturnType<typeof createHash>, p: string): void {
  if (!existsSync(p)) return;
  const st = statSync(p);
  if (st.isDirectory()) {
    for (const name of readdirSync(p).sort()) hashTree(hash, path.join(p, name));
    return;
  }
  hash.update(path.relative(projectRoot, p));
  hash.update("\0");
  hash.update(readFileSync(p));
  hash.update("\0");
}

function pgliteVersion(): string {
  try {
    const pkg = path.join(projectRoot, "node_modules", "@electric-sql", "pglite", "package.json");
    return (JSON.parse(readFileSync(pkg, "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

/**
 * Content hash of everything a template is built from. `empty` depends on the migrations
 * (and the PGlite build, whose data-dir format can change); `demo` also on the seed code
 * and the data files it reads.
 */
export function templateHash(variant: TemplateVariant): string {
  const h = createHash("sha256");
  h.update(`pglite@${pgliteVersion()}\0`);
  hashTree(h, path.join(projectRoot, "db", "migrations"));
  if (variant === "demo") {
    h.update("demo\0");
    hashTree(h, path.join(projectRoot, "db", "seed"));
    hashTree(h, path.join(projectRoot, "db", "schema"));
    hashTree(h, path.join(projectRoot, "data"));
  }
  return h.digest("hex").slice(0, 12);
}

/** A short random lowercase suffix, safe in database names and paths. */
export function randomSuffix(): string {
  return randomBytes(5).toString("hex");
}

/** A run id that starts with the creation time (base36 seconds) so stale clones can be aged. */
export function newRunId(now = Date.now()): string {
  return `${Math.floor(now / 1000).toString(36)}${randomBytes(2).toString("hex")}`;
}

/** Seconds-since-epoch encoded at the start of a run id (see `newRunId`). */
export function runIdTime(runId: string): number {
  return parseInt(runId.slice(0, 6), 36) * 1000;
}

/** Replaces the database name in a postgres:// URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Double-quotes an identifier we generated ourselves (asserted to be plain). */
export function ident(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected identifier: ${name}`);
  return `"${name}"`;
}
