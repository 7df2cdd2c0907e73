/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL or the embedded database. */
import { migrate, openDb } from "../db/client";

const handle = await openDb({ url: process.env.DATABASE_URL || undefined });
try {
  await migrate(handle);
  console.log(`migrations applied (${handle.kind})`);
} finally {
  await handle.close();
}
