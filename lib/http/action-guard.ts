/*
 * Server actions are public POST endpoints. Next answers a foreign Origin, a body
 * over its size limit and a body it cannot decode with a 500; the proxy (proxy.ts)
 * answers them first, as what they are: 403, 413 and 400.
 */

/** Next's default `serverActions.bodySizeLimit` (next.config.ts sets none). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/** The host the browser addressed: a reverse proxy's `x-forwarded-host`, else `host`. */
function requestHost(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return forwarded || headers.get("host");
}

/** A same-origin request, or one without an Origin header (not sent by a browser form post). */
function sameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false; // "null" (a sandboxed frame, a file) or garbage
  }
  return originHost !== "" && originHost === requestHost(headers);
}

/** Reads the body as Next would: JSON text for plain arguments, multipart for FormData. */
async function decodable(request: Request): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("multipart/form-data")) await request.clone().formData();
    else if (type.startsWith("text/plain") || type === "") {
      JSON.parse(await request.clone().text()); // an action's arguments, at least "[]"
    } else if (!type.startsWith("application/x-www-form-urlencoded")) return false;
    return true;
  } catch {
    return false;
  }
}

/**
 * The status to refuse a server-action request with, or null to let Next run it.
 * Actions are POSTs to pages: from the client router (a `next-action` header) or a
 * form posted before JavaScript loaded (multipart); route handlers under /api differ.
 */
export async function actionRequestRefusal(request: Request): Promise<403 | 413 | 400 | null> {
  if (request.method !== "POST" || new URL(request.url).pathname.startsWith("/api/")) return null;
  const fromRouter = request.headers.has("next-action");
  const type = request.headers.get("content-type") ?? "";
  if (!fromRouter && !type.startsWith("multipart/form-data")) return null;
  if (!sameOrigin(request.headers)) return 403;
  const length = Number(request.headers.get("content-length") ?? "0");
  if (!Number.isFinite(length) || length > ACTION_BODY_LIMIT) return 413;
  const body = await request.clone().arrayBuffer();
  if (body.byteLength > ACTION_BODY_LIMIT) return 413;
  if (fromRouter && !(await decodable(request))) return 400;
  return null;
}

const REASONS = {
  400: "Malformed server action request",
  403: "Cross-origin server action request refused",
  413: "Server action request body too large",
} as const;

/** The plain-text reply for a refused request. */
export function refusalResponse(status: 403 | 413 | 400): Response {
  return new Response(`${REASONS[status]}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
