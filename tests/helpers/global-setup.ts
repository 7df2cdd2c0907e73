/**
 * Integration global setup (ADR 005): migrate ONCE into a template ("empty"), seed a copy of
 * it ONCE ("demo"), and tell the workers where the templates are. `freshDb()` then gives each
 * test file its own clone.
 *
 * - PGlite: templates are data directories under .data/test-template/<variant>-<hash>,
 *   reused by later runs while the hash of migrations (and seed code) matches, which saves
 *   the ~6 s initdb. Clones go to a per-run temp directory, removed at teardown.
 * - PostgreSQL (`QM_TEST_DB=postgres`, `TEST_DATABASE_URL`): templates are databases
 *   `qingmiao_tpl_<variant>_<hash>` (IS_TEMPLATE, no connections allowed); clones are
 *   `qingmiao_t_<runId>_<random>` and are dropped at teardown.
 */
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { TestProject } from "vitest/node";
import { migrate, openDb, type DbHandle } from "../../db/client";
import {
  engineFromEnv,
  ident,
  newRunId,
  PG_CLONE_PREFIX,
  PG_TEMPLATE_PREFIX,
  pgliteTemplateRoot,
  randomSuffix,
  runIdTime,
  seedModulePath,
  templateHash,
  withDatabase,
  type TemplateVariant,
  type TestDbInfo,
} from "./db-template";

interface SeedModule {
  seedDemo(
    handle: DbHandle,
    opts: { images?: boolean; log?: (msg: string) => void },
  ): Promise<unknown>;
}

const say = (msg: string) => process.stdout.write(`[test-db] ${msg}\n`);
const secs = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(2)} s`;

/** Clones older than this are leftovers of a killed run and are removed. */
const STALE_MS = 6 * 60 * 60 * 1000;

async function loadSeed(): Promise<SeedModule | string> {
  if (!existsSync(seedModulePath))
    return `${path.relative(process.cwd(), seedModulePath)} does not exist`;
  const mod = (await import(pathToFileURL(seedModulePath).href)) as Partial<SeedModule>;
  if (typeof mod.seedDemo !== "function") return "db/seed/index.ts does not export seedDemo()";
  return mod as SeedModule;
}

async function seedInto(handle: DbHandle, seed: SeedModule): Promise<void> {
  await seed.seedDemo(handle, { images: false, log: () => {} });
}

// ---------------------------------------------------------------- PGlite

async function pgliteTemplate(
  variant: TemplateVariant,
  build: (dir: string) => Promise<void>,
): Promise<string> {
  const hash = templateHash(variant);
  const finalDir = path.join(pgliteTemplateRoot, `${variant}-${hash}`);
  await mkdir(pgliteTemplateRoot, { recursive: true });
  // Remove templates of other hashes (old migrations), unless they were just made by a
  // concurrent run on another checkout state.
  for (const name of await readdir(pgliteTemplateRoot)) {
    const full = path.join(pgliteTemplateRoot, name);
    const old = Date.now() - (await stat(full)).mtimeMs > 10 * 60 * 1000;
    if (
      (name.startsWith(`${variant}-`) && name !== `${variant}-${hash}`) ||
      name.startsWith(".build-")
    ) {
      if (old) await rm(full, { recursive: true, force: true });
    }
  }
  if (existsSync(path.join(finalDir, "PG_VERSION"))) {
    say(`pglite template "${variant}" reused (${hash})`);
    return finalDir;
  }
  const t0 = performance.now();
  const buildDir = path.join(pgliteTemplateRoot, `.build-${variant}-${randomSuffix()}`);
  await build(buildDir);
  try {
    // Atomic publish: a concurrent run that finished first wins, and we drop ours.
    await rename(buildDir, finalDir);
  } catch {
    await rm(buildDir, { recursive: true, force: true });
  }
  say(`pglite template "${variant}" built in ${secs(t0)} (${hash})`);
  return finalDir;
}

async function preparePglite(runId: string): Promise<TestDbInfo> {
  const empty = await pgliteTemplate("empty", async (dir) => {
    const handle = await openDb({ dataDir: dir });
    try {
      await migrate(handle);
    } finally {
      await handle.close();
    }
  });
  const seed = await loadSeed();
  let demo: string | null = null;
  const missing: TestDbInfo["missing"] = {};
  if (typeof seed === "string") {
    missing.demo = seed;
  } else {
    demo = await pgliteTemplate("demo", async (dir) => {
      await cp(empty, dir, { recursive: true });
      const handle = await openDb({ dataDir: dir });
      try {
        await seedInto(handle, seed);
      } finally {
        await handle.close();
      }
    });
  }
  const cloneRoot = path.join(os.tmpdir(), `qingmiao-test-${runId}`);
  await mkdir(cloneRoot, { recursive: true });
  // Leftovers of killed runs.
  for (const name of await readdir(os.tmpdir())) {
    const m = /^qingmiao-test-([0-9a-z]+)$/.exec(name);
    if (m && m[1] !== runId && Date.now() - runIdTime(m[1]!) > STALE_MS) {
      await rm(path.join(os.tmpdir(), name), { recursive: true, force: true });
    }
  }
  return { engine: "pglite", runId, templates: { empty, demo }, missing, cloneRoot };
}

// ---------------------------------------------------------------- PostgreSQL

/** Advisory lock key serialising template builds between concurrent test runs. */
const TEMPLATE_LOCK = 7_203_119;

async function preparePostgres(runId: string, adminUrl: string): Promise<TestDbInfo> {
  const { default: postgres } = await import("postgres");
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin`select pg_advisory_lock(${TEMPLATE_LOCK})`;

    const existing = new Set(
      (await admin<{ datname: string }[]>`select datname from pg_database`).map((r) => r.datname),
    );
    const dropDb = async (name: string) => {
      await admin.unsafe(`alter database ${ident(name)} with is_template false`);
      await admin.unsafe(`drop database if exists ${ident(name)} with (force)`);
    };

    // Half-built templates from a crashed run (we hold the lock, so nobody is building now)
    // and clones of runs that were killed before their teardown.
    for (const name of existing) {
      const clone = new RegExp(`^${PG_CLONE_PREFIX}([0-9a-z]+)_`).exec(name);
      if (
        name.startsWith("qingmiao_tplb_") ||
        (clone && Date.now() - runIdTime(clone[1]!) > STALE_MS)
      ) {
        await dropDb(name);
      }
    }

    const seed = await loadSeed();
    const missing: TestDbInfo["missing"] = {};
    if (typeof seed === "string") missing.demo = seed;

    // Named <prefix><variant>_<hash>_<created, base36 s>; the hash says what it was built
    // from, the time lets a run leave alone templates a concurrent run (on other code) uses.
    const prefixes: Record<TemplateVariant, string> = {
      empty: `${PG_TEMPLATE_PREFIX}empty_${templateHash("empty")}_`,
      demo: `${PG_TEMPLATE_PREFIX}demo_${templateHash("demo")}_`,
    };
    const current = (variant: TemplateVariant) =>
      [...existing].find((n) => n.startsWith(prefixes[variant]));
    // Templates made from other migrations/seed code are of no further use once an hour old.
    for (const name of existing) {
      if (!name.startsWith(PG_TEMPLATE_PREFIX)) continue;
      if (name.startsWith(prefixes.empty) || name.startsWith(prefixes.demo)) continue;
      const stamp = /_[0-9a-f]{12}_([0-9a-z]{6})$/.exec(name)?.[1];
      const created = stamp ? parseInt(stamp, 36) * 1000 : 0;
      if (Date.now() - created > 60 * 60 * 1000) await dropDb(name);
    }

    const build = async (
      variant: TemplateVariant,
      from: string | null,
      fill: (h: DbHandle) => Promise<void>,
    ) => {
      const found = current(variant);
      if (found) {
        say(`postgres template "${variant}" reused (${found})`);
        return found;
      }
      const name = `${prefixes[variant]}${Math.floor(Date.now() / 1000).toString(36)}`;
      const t0 = performance.now();
      const tmp = `qingmiao_tplb_${variant}_${randomSuffix()}`;
      await admin.unsafe(`create database ${ident(tmp)}${from ? ` template ${ident(from)}` : ""}`);
      const url = withDatabase(adminUrl, tmp);
      const handle = await openDb({ url, max: 2 });
      try {
        await fill(handle);
      } finally {
        await handle.close();
      }
      await admin.unsafe(`alter database ${ident(tmp)} rename to ${ident(name)}`);
      // A template nobody can connect to cannot be changed by accident, and can always be cloned.
      await admin.unsafe(
        `alter database ${ident(name)} with is_template true allow_connections false`,
      );
      say(`postgres template "${variant}" built in ${secs(t0)} (${name})`);
      return name;
    };

    const empty = await build("empty", null, (h) => migrate(h));
    const demo =
      typeof seed === "string" ? null : await build("demo", empty, (h) => seedInto(h, seed));
    return { engine: "postgres", runId, templates: { empty, demo }, missing, adminUrl };
  } finally {
    await admin`select pg_advisory_unlock_all()`.catch(() => {});
    await admin.end({ timeout: 5 });
  }
}

async function dropClones(adminUrl: string, runId: string): Promise<void> {
  const { default: postgres } = await import("postgres");
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await admin<{ datname: string }[]>`
      select datname from pg_database where datname like ${`${PG_CLONE_PREFIX}${runId}_%`}`;
    for (const { datname } of rows) {
      await admin.unsafe(`drop database if exists ${ident(datname)} with (force)`);
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
}

// ---------------------------------------------------------------- entry

/** Vitest global setup for the integration project; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const engine = engineFromEnv();
  const runId = newRunId();
  const t0 = performance.now();
  const info =
    engine === "pglite"
      ? await preparePglite(runId)
      : await preparePostgres(runId, process.env.TEST_DATABASE_URL!);
  if (info.missing.demo) say(`no "demo" template: ${info.missing.demo}`);
  say(`engine ${engine}, templates ready in ${secs(t0)}`);
  project.provide("qmTestDb", info);

  return async () => {
    if (info.cloneRoot) await rm(info.cloneRoot, { recursive: true, force: true });
    if (info.adminUrl) await dropClones(info.adminUrl, runId);
  };
}
