import { checkHealth } from "~/modules/health/health.server";

/** Liveness + database check for load balancers: 200 when the database answers, else 503. */
export async function loader() {
  const health = await checkHealth();
  return new Response(JSON.stringify(health), {
    status: health.ok ? 200 : 503,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}
