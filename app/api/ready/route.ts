import { checkDatabase } from "@/db/readiness";

/**
 * Readiness: 200 when PostgreSQL answers `select 1` within a second, 503 otherwise, so a
 * load balancer stops sending users to an instance that cannot serve them.
 */
export const dynamic = "force-dynamic";

export async function GET() {
  const started = performance.now();
  const ok = await checkDatabase();
  const ms = Math.round(performance.now() - started);
  return Response.json(
    { status: ok ? "ok" : "unavailable", database: ok ? "up" : "down", ms },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
