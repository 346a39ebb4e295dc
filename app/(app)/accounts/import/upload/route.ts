import { db } from "@/db";
import { databaseKnownDown, reportDatabaseError } from "@/db/readiness";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { writeAudit, type AuditEntry } from "@/lib/actions/audit";
import { getCurrentUser } from "@/lib/auth/session";
import { ImportFileError } from "@/lib/import/parse";
import { ImportTooLargeError, MAX_IMPORT_BYTES, storeUpload } from "@/lib/import/store";
import { RETRY_AFTER_SECONDS } from "@/lib/http/unavailable";
import { can } from "@/lib/policy";

const answer = (status: number, body: object) => Response.json(body, { status });

/** Same origin only: a form on another site cannot upload in the user's name. */
function sameOrigin(request: Request) {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host =
    request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * `POST /accounts/import/upload?name=<file name>` with the file as the body: the
 * upload (too big for a server action's 1 MB), under the same rules as one —
 * session, policy (`import.run`), one transaction with its audit row, a typed answer:
 * 201 `{ id }`, or 401/403/413/400 with `{ error }` (an `import.errors` key). While
 * the database is down, 503 `{ error: "unavailable" }` as actions answer, not a 500.
 */
export async function POST(request: Request) {
  const unavailable = () =>
    Response.json(
      { error: "unavailable" },
      { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } },
    );
  if (databaseKnownDown()) return unavailable();
  try {
    return await upload(request);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    reportDatabaseError();
    return unavailable();
  }
}

async function upload(request: Request) {
  const user = await getCurrentUser();
  if (!user) return answer(401, { error: "signIn" });
  if (!sameOrigin(request)) return answer(403, { error: "forbidden" });
  if (!can(user, "import.run")) return answer(403, { error: "forbidden" });
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_IMPORT_BYTES) return answer(413, { error: "tooLarge" });
  if (!request.body) return answer(400, { error: "emptyFile" });
  const fileName = new URL(request.url).searchParams.get("name")?.trim() || "upload.csv";
  try {
    const stored = await db.transaction(async (tx) => {
      const audit = (entry: AuditEntry) => writeAudit(tx, user.id, entry);
      const result = await storeUpload(tx, {
        createdById: user.id,
        ownerId: can(user, "import.anyOwner") ? null : user.id,
        fileName,
        body: request.body as unknown as AsyncIterable<Uint8Array>,
      });
      await audit({
        entity: "import",
        entityId: result.id,
        action: "upload",
        after: { fileName, size: result.size },
      });
      return result;
    });
    return answer(201, { id: stored.id, encoding: stored.encoding, format: stored.format });
  } catch (error) {
    if (error instanceof ImportTooLargeError) return answer(413, { error: "tooLarge" });
    if (error instanceof ImportFileError) return answer(400, { error: error.key });
    throw error;
  }
}
