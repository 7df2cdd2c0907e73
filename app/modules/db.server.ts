import { openDb, migrate, type Database, type DbHandle } from "#db/client";
import { env } from "./env.server";

/**
 * The process-wide database handle. Opened (and migrated) on first use; the server calls
 * `startDb()` at boot so it fails fast, and `closeDb()` on shutdown. Tests and scripts install
 * their own handle with `useDbHandle`. Kept on globalThis so Vite's dev reloads reuse it.
 */
const g = globalThis as typeof globalThis & { __qingmiaoDb?: Promise<DbHandle> };

async function openAndMigrate(): Promise<DbHandle> {
  const { DATABASE_URL, DB_POOL_MAX } = env();
  const handle = await openDb({ url: DATABASE_URL, max: DB_POOL_MAX });
  await migrate(handle);
  return handle;
}

/** Opens and migrates the configured database if not already open. */
export async function startDb(): Promise<DbHandle> {
  g.__qingmiaoDb ??= openAndMigrate();
  return g.__qingmiaoDb;
}

/** The drizzle database for module code. */
export async function db(): Promise<Database> {
  return (await startDb()).db;
}

/** Installs an already-open handle (tests, scripts). */
export function useDbHandle(handle: DbHandle): void {
  g.__qingmiaoDb = Promise.resolve(handle);
}

/** Closes the database connection(s), if open. */
export async function closeDb(): Promise<void> {
  const p = g.__qingmiaoDb;
  g.__qingmiaoDb = undefined;
  if (p) await (await p).close();
}
