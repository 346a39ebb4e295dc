import { getTranslations } from "next-intl/server";
import { withRequestSignal } from "@/db/request-signal";
import { toCsv } from "@/lib/dashboards/csv";
import { DATASETS, isDataset } from "@/lib/dashboards/datasets";
import { parseDashboardQuery } from "@/lib/dashboards/filters";
import { todayIn } from "@/lib/dates";
import { getLabels } from "@/lib/dashboards/labels";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { can } from "@/lib/policy";

/**
 * CSV of one dashboard table under the same filters and the same visibility as the
 * page: the session is checked here, not by the proxy, and queries scope by role.
 * When the client goes away its queries are cancelled (`withRequestSignal`).
 */
export function GET(request: Request) {
  return withRequestSignal(request.signal, () => csvResponse(request));
}

async function csvResponse(request: Request) {
  const user = await getCurrentUser();
  const t = await getTranslations("dashboards.csv");
  if (!user || !can(user, "dashboard.view")) {
    return new Response(t("signIn"), {
      status: 401,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  if (!isDataset(params.dataset)) {
    return new Response(t("unknown"), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const query = parseDashboardQuery(params, todayIn(env.PCRM_TIME_ZONE, new Date()));
  const table = await DATASETS[params.dataset]({ actor: user, query }, await getLabels());
  const name = `pcrm-${params.dataset}-${query.from}-${query.to}.csv`;
  return new Response(toCsv(table), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
