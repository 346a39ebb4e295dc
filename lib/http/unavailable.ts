import en from "@/messages/common/en.json";
import zh from "@/messages/common/zh-CN.json";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/config";
import { resolveLocale } from "@/lib/i18n/locale";

/**
 * The page every GET gets while the database is down (db/readiness.ts): HTTP 503 with
 * Retry-After, in the visitor's language, with a link that tries the same page again.
 * Plain HTML without scripts or assets, so it needs nothing the outage took away.
 * Server actions (POST) are left to the action wrapper, which answers "unavailable".
 */
const CATALOGS: Record<Locale, typeof en> = { en, "zh-CN": zh };

export const RETRY_AFTER_SECONDS = 5;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function unavailablePage(locale: Locale, retryPath: string): string {
  const { errors, actions, app } = CATALOGS[locale];
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(errors.unavailableTitle)} · ${escape(app.name)}</title>
</head>
<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 5rem auto; padding: 0 1rem; text-align: center; color: #0f172a">
<main>
<h1 style="font-size: 1.5rem">${escape(errors.unavailableTitle)}</h1>
<p style="color: #475569">${escape(errors.unavailableBody)}</p>
<p><a href="${escape(retryPath)}" style="display: inline-block; margin-top: 1rem; padding: 0.5rem 1rem; border-radius: 0.375rem; background: #1d4ed8; color: #fff; text-decoration: none">${escape(actions.retry)}</a></p>
</main>
</body>
</html>`;
}

/** Only page loads wait on the database check; actions and other methods pass. */
export const gatedRequest = (request: Request) =>
  request.method === "GET" || request.method === "HEAD";

function localeCookie(header: string | null): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === LOCALE_COOKIE) return value;
  }
  return undefined;
}

export function unavailableResponse(request: Request): Response {
  const cookie = localeCookie(request.headers.get("cookie"));
  const locale = resolveLocale(cookie, request.headers.get("accept-language"));
  const url = new URL(request.url);
  url.searchParams.delete("_rsc");
  const body =
    request.method === "HEAD" ? null : unavailablePage(locale, url.pathname + url.search);
  return new Response(body, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Retry-After": String(RETRY_AFTER_SECONDS),
    },
  });
}
