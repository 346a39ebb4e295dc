import "server-only";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { todayIn } from "@/lib/dates";
import { parseDashboardQuery, type SearchParams } from "./filters";

/** The signed-in user and the dashboard filters of this request. */
export async function dashboardView(searchParams: Promise<SearchParams>) {
  const [user, params] = await Promise.all([requireUser(), searchParams]);
  return { user, query: parseDashboardQuery(params, todayIn(env.PCRM_TIME_ZONE, new Date())) };
}
