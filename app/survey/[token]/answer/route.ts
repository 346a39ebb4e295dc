import { databaseKnownDown, reportDatabaseError } from "@/db/readiness";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { clientAddress } from "@/lib/auth/throttle-rules";
import { RETRY_AFTER_SECONDS } from "@/lib/http/unavailable";
import { answerSurvey } from "@/lib/surveys/answer";
import { takeSurveyRequest } from "@/lib/surveys/rate-limit";

/** Most bytes an answer may post (two scores, a few extra answers and 2,000 characters of text). */
const MAX_ANSWER_BYTES = 64 * 1024;

const redirect = (path: string) =>
  new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });

/**
 * The public survey answer: a plain form post from `/survey/<token>` (no session, so
 * not a server action). Limited per client address; the fields are checked with the
 * survey's zod schema and the template's questions (lib/surveys/answer.ts). Answers
 * with 303 redirects a browser follows: thanks, back to the form with `?error=missing`,
 * or one page for every link that cannot be answered (forged, used, expired).
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const unavailable = () =>
    new Response("Service unavailable, try again\n", {
      status: 503,
      headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "content-type": "text/plain" },
    });
  if (databaseKnownDown()) return unavailable();
  try {
    if (!(await takeSurveyRequest(clientAddress(request.headers)))) {
      return redirect("/survey/limited");
    }
    // No Content-Length (a chunked body) would be read whole by formData(): refused.
    const length = Number(request.headers.get("content-length") ?? NaN);
    if (!Number.isFinite(length) || length > MAX_ANSWER_BYTES) return redirect("/survey/invalid");
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return redirect("/survey/invalid");
    }
    const fields: Record<string, unknown> = {};
    for (const [key, value] of form.entries()) {
      if (typeof value === "string") fields[key] = value;
    }
    const result = await answerSurvey(token, fields, new Date());
    if (result.ok) return redirect(`/survey/thanks?lang=${result.locale}`);
    if (result.error === "validation") return redirect(`/survey/${token}?error=missing`);
    return redirect("/survey/invalid");
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    reportDatabaseError();
    return unavailable();
  }
}
