import { sql } from "drizzle-orm";
import { queryRows } from "#db/client";
import { startDb } from "../db.server";

export interface Health {
  ok: boolean;
  database: { ok: boolean; kind?: string; latencyMs?: number; error?: string };
}

/** Checks that the database answers a query; used by /healthz. */
export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    const handle = await startDb();
    await queryRows(handle.db, sql`select 1 as one`);
    return {
      ok: true,
      database: {
        ok: true,
        kind: handle.kind,
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
      },
    };
  } catch (e) {
    return { ok: false, database: { ok: false, error: (e as Error).message } };
  }
}
