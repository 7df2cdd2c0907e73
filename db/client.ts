/**
 * The one place that chooses the database: PostgreSQL through postgres.js when
 * DATABASE_URL is set, otherwise PGlite (PostgreSQL compiled to WASM) with its data in
 * `.data/pglite`. Both sit behind the same drizzle API (ADR 002).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The drizzle database type every module uses, whichever driver is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; same query API as `Database`. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface DbHandle {
  db: Database;
  kind: "pglite" | "postgres";
  /** The server URL (postgres only). */
  url?: string;
  /** Runs raw SQL (several statements allowed); used by scripts and tests. */
  exec(sqlText: string): Promise<void>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** postgres:// URL; when absent, PGlite is used. */
  url?: string;
  /** PGlite data directory (default `.data/pglite`). */
  dataDir?: string;
  /** Pool size for postgres.js. */
  max?: number;
}

/** Project root: scripts and the server run from it (import.meta.url is unreliable once bundled). */
export const projectRoot = process.env.QINGMIAO_ROOT ?? process.cwd();
export const migrationsFolder = path.join(projectRoot, "db", "migrations");
/** Where embedded data lives: PGlite files, uploads, generated secrets (`DATA_DIR`, default `.data`). */
export const dataRoot = (): string =>
  path.resolve(process.env.DATA_DIR ?? path.join(projectRoot, ".data"));
/** Root of the media store (uploaded and generated images). */
export const mediaRoot = (): string => path.join(dataRoot(), "uploads");

/** Opens a database connection (PGlite or postgres.js) with the Qingmiao schema. */
export async function openDb(opts: DbOptions = {}): Promise<DbHandle> {
  if (opts.url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(opts.url, {
      max: opts.max ?? 10,
      onnotice: () => {},
      connection: { application_name: "qingmiao" },
    });
    const db = drizzle(client, { schema, casing: "snake_case" });
    return {
      db: db as unknown as Database,
      kind: "postgres",
      url: opts.url,
      exec: async (text) => {
        await client.unsafe(text);
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dataDir = opts.dataDir ?? path.join(dataRoot(), "pglite");
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const db = drizzle(client, { schema, casing: "snake_case" });
  return {
    db: db as unknown as Database,
    kind: "pglite",
    exec: async (text) => {
      await client.exec(text);
    },
    close: () => client.close(),
  };
}

/**
 * Applies the committed drizzle-kit migrations in `db/migrations`. On a server, an advisory
 * lock on a dedicated connection makes concurrent app processes migrate one at a time.
 */
export async function migrate(handle: DbHandle, url = handle.url): Promise<void> {
  if (handle.kind === "postgres") {
    if (!url) throw new Error("migrate(handle, url): the server URL is needed for the lock");
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate: run } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
      await run(drizzle(client), { migrationsFolder });
      await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
    } finally {
      await client.end({ timeout: 5 });
    }
  } else {
    const { migrate: run } = await import("drizzle-orm/pglite/migrator");
    // The PGlite handle is single-connection, so no lock is needed.
    await run(handle.db as unknown as Parameters<typeof run>[0], { migrationsFolder });
  }
}

/** Arbitrary constant identifying Qingmiao's migration advisory lock. */
const MIGRATION_LOCK = 7_203_118;

/**
 * Runs a raw SQL query and returns its rows. postgres.js returns an array and PGlite an
 * object with `rows`; this hides the difference.
 */
export async function queryRows<T extends Record<string, unknown>>(
  db: Database | Tx,
  query: SQL,
): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
