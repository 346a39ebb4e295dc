/** Liveness: the process answers HTTP. Never touches the database (see `/api/ready`). */
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
