import type { NextRequest } from "next/server";
import { parseListParams, toListQuery } from "@/components/accounts/list-params";
import { todayIn } from "@/lib/dates";
import { getExpectedDays } from "@/db/queries/stage-settings";
import { withRequestSignal } from "@/db/request-signal";
import { getCurrentUser } from "@/lib/auth/session";
import { isExportDataset } from "@/lib/export/datasets";
import {
  CONTENT_TYPES,
  contentDisposition,
  EXPORT_FORMATS,
  exportFilename,
  type ExportFormat,
} from "@/lib/export/download";
import { exportTranslator } from "@/lib/export/translate";
import { env } from "@/lib/env";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { resolveLocale } from "@/lib/i18n/locale";
import { parseServiceFilters } from "@/lib/service/list-filters";
import { exportStream } from "./export-stream";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * `/accounts/export?of=accounts|contacts|activities|orders|orderLines&format=csv|xlsx&<the list's filters>`:
 * every account the list shows for those filters and this user (all pages, in the
 * list's order), or those accounts' contacts, activities or orders / order lines
 * (`&account=<id>`: one account's, for its Orders tab), streamed from a cursor.
 * `of=service&<the /service list's filters>`: the service requests that list shows.
 * The session is checked here (a signed-out request gets 401, not a page). When the
 * client goes away the stream stops and the query is cancelled (`withRequestSignal`).
 */
export function GET(request: NextRequest) {
  return withRequestSignal(request.signal, () => exportResponse(request));
}

async function exportResponse(request: NextRequest) {
  const locale = resolveLocale(
    request.cookies.get(LOCALE_COOKIE)?.value,
    request.headers.get("accept-language"),
  );
  const t = await exportTranslator(locale);
  const user = await getCurrentUser();
  if (!user) return plain(401, t("exports.signIn"));

  const search = request.nextUrl.searchParams;
  const what = search.get("of") ?? "accounts";
  const format = search.get("format") ?? "csv";
  if (!isExportDataset(what) || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    return plain(400, t("exports.unknown"));
  }
  const params = Object.fromEntries(search.entries());
  const { filters, sort } = toListQuery(parseListParams(params));
  const account = search.get("account") ?? "";
  const now = new Date();
  const body = await exportStream(
    what,
    format as ExportFormat,
    {
      actor: user,
      filters,
      sort,
      expected: await getExpectedDays(),
      timeZone: env.PCRM_TIME_ZONE,
      now,
      accountId:
        (what === "orders" || what === "orderLines") && UUID.test(account) ? account : undefined,
      service:
        what === "service" ? { ...parseServiceFilters(params), after: undefined } : undefined,
    },
    { t, locale },
  );
  const day = todayIn(env.PCRM_TIME_ZONE, new Date());
  const filename = exportFilename(t(`exports.name.${what}`), day, format as ExportFormat);
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[format as ExportFormat],
      "Content-Disposition": contentDisposition(filename),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
