import { getImport, importProgress } from "@/db/queries/imports";
import { getCurrentUser } from "@/lib/auth/session";

/** `GET /accounts/import/<id>/progress`: status and counts for the progress bar (read-only). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "signIn" }, { status: 401 });
  const { id } = await params;
  const record = await getImport(user, id);
  if (!record) return Response.json({ error: "notFound" }, { status: 404 });
  return Response.json(await importProgress(id), { headers: { "Cache-Control": "no-store" } });
}
