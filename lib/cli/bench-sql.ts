/**
 * The bare-SQL half of `npm run bench`, run by bench.ts in a child process with the
 * `react-server` condition (the query modules are server-only). For every view it
 * times the same query functions the page awaits, started together as the page
 * starts them, and prints one JSON line of samples (ms) per item.
 */
import { eq, sql } from "drizzle-orm";
import { analyticsClient, client, db } from "@/db";
import { listAccounts } from "@/db/queries/accounts-search";
import { pipelineBoard } from "@/db/queries/accounts-board";
import { churn, dashboardOwners, drops, funnel, timeInStage } from "@/db/queries/dashboards";
import { aging, ownerTiming } from "@/db/queries/dashboards-aging";
import { cycleCohorts, throughput } from "@/db/queries/dashboards-cycle";
import { costDelivery } from "@/db/queries/dashboards-cost";
import { scheduleDelivery } from "@/db/queries/dashboards-schedule";
import { listActivities, getFilingLimits } from "@/db/queries/activities";
import { getAccount } from "@/db/queries/accounts";
import { costPlanStatus } from "@/db/queries/cost-plans";
import { activitiesPerWeek, filingDelays } from "@/db/queries/dashboards-activities";
import { returnVisitCoverage } from "@/db/queries/dashboards-coverage";
import {
  escalationsByLevel,
  openRequestsByAge,
  slaAttainment,
} from "@/db/queries/dashboards-service";
import { contributionBy, paretoOfRevenue, topAccounts } from "@/db/queries/dashboards-value";
import { getAbcSettings } from "@/db/queries/value";
import { getServiceRequest, listEscalations, listServiceRequests } from "@/db/queries/service";
import { getLadder } from "@/db/queries/service-rules";
import { getWorkingCalendar } from "@/db/queries/calendar";
import { listAccountOwners } from "@/db/queries/users";
import { accountForecast, pipelineForecast } from "@/db/queries/forecast";
import { loadHistograms } from "@/db/queries/forecast-histograms";
import { accountTransitions } from "@/db/queries/history";
import { pendingDecisions, unownedCount } from "@/db/queries/home";
import { myAgendaTasks, myQuarterCoverage, myWeek } from "@/db/queries/home-agenda";
import { getExpectedDays } from "@/db/queries/stage-settings";
import { listStakeholders } from "@/db/queries/stakeholders";
import { accountOrderSummary, listAccountOrders } from "@/db/queries/orders";
import { agendaWeek } from "@/lib/agenda/week";
import { todayIn } from "@/lib/dates";
import { env } from "@/lib/env";
import { can } from "@/lib/policy";
import { listReferenceItems } from "@/db/queries/reference-data";
import { listAccountWorkers, listActiveUsers } from "@/db/queries/users";
import { users } from "@/db/schema";
import type { DashboardFilters } from "@/db/queries/dashboards-types";
import type { Actor } from "@/lib/policy";

type Plan = {
  name: string;
  actorEmail: string;
  view?: string;
  filters?: DashboardFilters;
  q?: string;
  accountId?: string;
  /** A list page's cursor (the P50 sort's deep page). */
  after?: { v: string; id: string };
};
const plans = JSON.parse(process.env.PCRM_BENCH_PLAN ?? "[]") as Plan[];
const runs = Number(process.env.PCRM_BENCH_RUNS ?? 30);

/** What the session check costs on every request: the user row by id. */
const sessionUser = (id: string) =>
  db.select({ id: users.id, role: users.role }).from(users).where(eq(users.id, id)).limit(1);

const VIEWS: Record<
  string,
  (args: { actor: Actor; filters: DashboardFilters }) => Promise<unknown>[]
> = {
  time: (a) => [timeInStage(a)],
  funnel: (a) => [funnel(a), drops(a), churn(a)],
  cycle: (a) => [cycleCohorts(a), throughput(a)],
  aging: (a) => [aging(a)],
  owners: (a) => [ownerTiming(a)],
  delivery: (a) => [scheduleDelivery(a), costDelivery(a)],
  activities: (a) => [activitiesPerWeek(a), filingDelays(a)],
  coverage: (a) => [returnVisitCoverage({ ...a, today: todayIn(env.PCRM_TIME_ZONE, new Date()) })],
  // The histograms are cached for a minute per process, as on the page; the
  // "forecast histograms read" item times the uncached read.
  forecast: (a) => [pipelineForecast({ ...a, now: new Date() })],
  service: (a) => [
    openRequestsByAge({ ...a, now: new Date() }),
    slaAttainment({ ...a, now: new Date() }),
    escalationsByLevel(a),
  ],
  contribution: (a) => {
    const args = { ...a, basis: "trailing" as const };
    return [contributionBy(args), paretoOfRevenue(args), topAccounts(args), getAbcSettings()];
  },
};

/** The account page's queries, then its Activities tab's (activities-panel.tsx). */
async function activitiesTab(actor: Actor, id: string) {
  const detail = await getAccount({ actor, id });
  const director = can(actor, "account.assign", {
    ownerId: detail!.account.ownerId,
    teamMemberIds: detail!.team.map((m) => m.id),
  });
  const canEdit = can(actor, "account.update", {
    ownerId: detail!.account.ownerId,
    teamMemberIds: detail!.team.map((m) => m.id),
  });
  await Promise.all([
    getExpectedDays(),
    accountTransitions({ actor, accountId: id }),
    director ? listAccountWorkers() : [],
  ]);
  await costPlanStatus({ actor, accountId: id });
  await Promise.all([
    listActivities({ actor, accountId: id }),
    canEdit ? listStakeholders({ actor, accountId: id }) : [],
    canEdit ? listAccountWorkers() : [],
    getFilingLimits(),
  ]);
}

async function once(plan: Plan, actor: Actor) {
  const started = performance.now();
  if (plan.view === "home") {
    await sessionUser(actor.id);
    const today = todayIn(env.PCRM_TIME_ZONE, new Date());
    await Promise.all([
      pipelineBoard({ actor, filters: {}, perStage: 0 }),
      pendingDecisions({ actor, limit: 8 }),
      listAccounts({ actor, filters: { overdue: true }, sort: "stageAge", limit: 8 }),
      can(actor, "account.assign") ? unownedCount(actor) : 0,
      myAgendaTasks({ actor, today }),
      myQuarterCoverage({ actor, today }),
      myWeek({ actor, week: agendaWeek(undefined, today) }),
    ]);
  } else if (plan.view === "listP50") {
    // The account list sorted by the stored P50 date (a deep page when `after` is given).
    await sessionUser(actor.id);
    await Promise.all([
      listAccounts({ actor, filters: {}, sort: "p50", after: plan.after }),
      listActiveUsers(),
      listReferenceItems(),
    ]);
  } else if (plan.view === "board") {
    await sessionUser(actor.id);
    await Promise.all([pipelineBoard({ actor, filters: {} }), getExpectedDays()]);
  } else if (plan.view === "histograms") {
    await loadHistograms();
  } else if (plan.view === "accountForecast") {
    // The account page's read of the account, then its forecast (histograms cached).
    const detail = await getAccount({ actor, id: plan.accountId! });
    await accountForecast(detail!.account, new Date());
  } else if (plan.view === "ordersTab") {
    // The account page's reads, then the Orders tab's (orders-panel.tsx).
    await sessionUser(actor.id);
    const detail = await getAccount({ actor, id: plan.accountId! });
    await Promise.all([
      getExpectedDays(),
      accountTransitions({ actor, accountId: detail!.account.id }),
    ]);
    await costPlanStatus({ actor, accountId: plan.accountId! });
    await Promise.all([
      listAccountOrders({ actor, accountId: plan.accountId! }),
      accountOrderSummary({ actor, accountId: plan.accountId! }),
    ]);
  } else if (plan.view === "serviceList") {
    await sessionUser(actor.id);
    await Promise.all([
      listServiceRequests({ actor, filters: { q: plan.q }, now: new Date() }),
      listAccountOwners(),
    ]);
  } else if (plan.view === "serviceRequest") {
    // The request page (app/(app)/service/[id]/page.tsx): the request, then the rest together.
    await sessionUser(actor.id);
    await getServiceRequest({ actor, id: plan.accountId! });
    await Promise.all([
      listEscalations({ actor, requestId: plan.accountId! }),
      getWorkingCalendar(),
      getLadder(),
      listAccountOwners(),
    ]);
  } else if (plan.view === "activitiesTab") {
    await sessionUser(actor.id);
    await activitiesTab(actor, plan.accountId!);
  } else if (plan.view) {
    const args = { actor, filters: plan.filters! };
    await sessionUser(actor.id);
    await Promise.all([dashboardOwners(), listReferenceItems(), ...VIEWS[plan.view]!(args)]);
  } else {
    await sessionUser(actor.id);
    await Promise.all([
      listAccounts({ actor, filters: { q: plan.q } }),
      listActiveUsers(),
      listReferenceItems(),
    ]);
  }
  return performance.now() - started;
}

try {
  for (const plan of plans) {
    const [actor] = await db.execute<Actor>(
      sql`select id, role from users where email = ${plan.actorEmail}`,
    );
    for (let i = 0; i < 10; i++) await once(plan, actor!);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) samples.push(await once(plan, actor!));
    console.log(JSON.stringify({ name: plan.name, samples }));
  }
} finally {
  await Promise.all([client.end(), analyticsClient.end()]);
}
