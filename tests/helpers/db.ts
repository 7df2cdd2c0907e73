/**
 * `freshDb()`: a private, already-migrated database for one integration test file, cloned
 * from the template the global setup built (ADR 005). Same `DbHandle` API as the app uses,
 * on PGlite or on the PostgreSQL server depending on `QM_TEST_DB`.
 *
 *   let handle: DbHandle;
 *   beforeAll(async () => { handle = await freshDb({ seed: true }); });
 *   afterAll(async () => { await handle?.close(); });   // also deletes the clone
 */
import { cp, rm } from "node:fs/promises";
import path from "node:path";
import { inject } from "vitest";
import { openDb, type DbHandle } from "../../db/client";
import {
  ident,
  PG_CLONE_PREFIX,
  randomSuffix,
  withDatabase,
  type TemplateVariant,
} from "./db-template";

export interface FreshDbOptions {
  /** Start from the deterministic demo data (seedDemo with images off) instead of empty tables. */
  seed?: boolean;
  /** postgres.js pool size (server only). */
  max?: number;
}

/** The test database handle; `close()` also deletes the clone. `name` is its dir or database. */
export interface TestDbHandle extends DbHandle {
  name: string;
}

/** Which engine this run uses (`pglite` or `postgres`). */
export function testEngine(): "pglite" | "postgres" {
  return inject("qmTestDb").engine;
}

/** Clones the migrated (optionally seeded) template into a database only this file uses. */
export async function freshDb(opts: FreshDbOptions = {}): Promise<TestDbHandle> {
  const info = inject("qmTestDb");
  if (!info)
    throw new Error(
      "freshDb() needs the integration project's global setup (vitest --project integration)",
    );
  const variant: TemplateVariant = opts.seed ? "demo" : "empty";
  const template = info.templates[variant];
  if (!template) {
    throw new Error(
      `freshDb({ seed: true }): no demo template — ${info.missing[variant] ?? "unknown reason"}`,
    );
  }

  if (info.engine === "pglite") {
    const dir = path.join(info.cloneRoot!, randomSuffix());
    await cp(template, dir, { recursive: true });
    let handle: DbHandle;
    try {
      handle = await openDb({ dataDir: dir });
    } catch (err) {
      await rm(dir, { recursive: true, force: true });
      throw err;
    }
    return {
      ...handle,
      name: dir,
      close: async () => {
        await handle.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }

  const adminUrl = info.adminUrl!;
  const name = `${PG_CLONE_PREFIX}${info.runId}_${randomSuffix()}`;
  const { default: postgres } = await import("postgres");
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${ident(name)} template ${ident(template)}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const handle = await openDb({ url: withDatabase(adminUrl, name), max: opts.max ?? 5 });
  return {
    ...handle,
    name,
    close: async () => {
      await handle.close();
      const dropper = postgres(adminUrl, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists ${ident(name)} with (force)`);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    },
  };
}
