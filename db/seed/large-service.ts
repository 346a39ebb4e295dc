import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type postgres from "postgres";
import type { WorkingCalendar } from "@/lib/calendar/working-time";
import { DEFAULT_SLA_POLICY } from "@/lib/service/defaults";
import type { LadderStep } from "@/lib/service/escalation";
import type { ServicePriority, ServiceType } from "@/lib/service/types";
import { prng } from "./large-journeys";
import { generate, type Account, type People } from "./large-service-requests";

/** Requests per batch of COPY rows. */
const BATCH = 20_000;

async function copy(sql: postgres.TransactionSql, table: string, cols: string[], rows: string[]) {
  const writable = await sql.unsafe(`copy ${table} (${cols.join(", ")}) from stdin`).writable();
  await pipeline(Readable.from(rows), writable);
}

const REQUEST_COLUMNS = [
  "id",
  "account_id",
  "subject",
  "received_at",
  "product",
  "channel",
  "type",
  "priority",
  "description",
  "resolution",
  "status",
  "first_responded_at",
  "resolved_at",
  "closed_at",
  "owner_id",
  "created_by_id",
  "sla_first_response_hours",
  "sla_resolution_hours",
  "sla_used_seconds",
  "sla_running_since",
  "paused_since",
  "first_response_due_at",
  "resolution_due_at",
  "next_escalation_at",
  "created_at",
  "updated_at",
];
const LOG_COLUMNS = [
  "request_id",
  "account_id",
  "step_id",
  "target",
  "clock",
  "fired_at",
  "used_seconds",
  "notified_user_ids",
  "acknowledged_by_id",
  "acknowledged_at",
];

async function calendarOf(sql: postgres.Sql, timeZone: string): Promise<WorkingCalendar> {
  const [hours] = await sql<{ weekdays: number[]; day_start: number; day_end: number }[]>`
    select weekdays, day_start, day_end from working_hours limit 1`;
  const days = await sql<{ date: string; kind: string }[]>`
    select date::text as date, kind::text as kind from calendar_days`;
  return {
    timeZone,
    weekdays: hours?.weekdays ?? [1, 2, 3, 4, 5],
    dayStart: hours?.day_start ?? 540,
    dayEnd: hours?.day_end ?? 1080,
    holidays: new Set(days.filter((d) => d.kind === "holiday").map((d) => d.date)),
    makeUpDays: new Set(days.filter((d) => d.kind === "makeUpDay").map((d) => d.date)),
  };
}

/**
 * About `perAccount` service requests per generated account (0–6 each, ~300,000 for
 * 100,000 accounts), with status histories that follow from their clocks: the
 * first response and the resolution come after a share of their SLA budgets (most
 * in time, some late, a few never resolved), resolved requests are closed a few
 * days later, and whatever lies after the data set's "now" has not happened yet,
 * so recent requests are still open (some waiting on the customer, clock paused).
 * Budgets come from the SLA policy, deadlines from the working calendar, and the
 * escalation steps each request has passed are in `escalation_log` (acknowledged
 * on closed requests), with `next_escalation_at` as the app would store it — all
 * through lib/service's own rules. Deterministic for one `seed`; loaded with COPY
 * in one transaction; skipped when the generated accounts already have requests.
 */
export async function seedLargeService(
  sql: postgres.Sql,
  opts: {
    pattern: string;
    asOf: Date;
    timeZone: string;
    seed: number;
    log: (line: string) => void;
  },
) {
  const [{ present }] = await sql<[{ present: boolean }]>`
    select exists (select 1 from service_requests r join accounts a on a.id = r.account_id
      where a.code ~ ${opts.pattern}) as present`;
  if (present) {
    opts.log("seed:large: generated accounts already have service requests, keeping them");
    return { requests: 0, escalations: 0 };
  }
  const started = Date.now();
  const calendar = await calendarOf(sql, opts.timeZone);
  const policies = await sql<
    { type: ServiceType; priority: ServicePriority; fr: number; res: number }[]
  >`select type, priority, first_response_hours as fr, resolution_hours as res from sla_policies`;
  const budget = (type: ServiceType, priority: ServicePriority) => {
    const p = policies.find((x) => x.type === type && x.priority === priority);
    const d = DEFAULT_SLA_POLICY.find((x) => x.type === type && x.priority === priority)!;
    return {
      firstResponseHours: p?.fr ?? d.firstResponseHours,
      resolutionHours: p?.res ?? d.resolutionHours,
    };
  };
  const ladder = await sql<LadderStep[]>`
    select id, clock, threshold_percent as "thresholdPercent", extra_hours as "extraHours", target
    from escalation_steps where active order by position`;
  const people: People = { director: [], executive: [] };
  for (const u of await sql<{ id: string; role: string }[]>`
    select id, role from users where active and role in ('director', 'executive')`) {
    people[u.role as keyof People].push(u.id);
  }
  const accounts = await sql<Account[]>`
    select id, owner_id, created_at from accounts
    where code ~ ${opts.pattern} and created_at < ${opts.asOf} order by code`;
  const rng = prng(opts.seed ^ 0x5e71ce).next;
  const asOf = opts.asOf.getTime();
  let requests = 0;
  let escalations = 0;
  let open = 0;
  await sql.begin(async (tx) => {
    let reqRows: string[] = [];
    let logRows: string[] = [];
    const flush = async () => {
      await copy(tx, "service_requests", REQUEST_COLUMNS, reqRows);
      await copy(tx, "escalation_log", LOG_COLUMNS, logRows);
      reqRows = [];
      logRows = [];
    };
    for (const account of accounts) {
      const n = Math.floor(rng() * 7);
      for (let i = 0; i < n; i++) {
        const made = generate(rng, account, asOf, calendar, ladder, people, budget);
        reqRows.push(made.request);
        logRows.push(...made.log);
        escalations += made.log.length;
        if (made.open) open++;
        requests++;
        if (reqRows.length >= BATCH) await flush();
      }
    }
    await flush();
  });
  await sql`vacuum analyze service_requests, escalation_log`;
  opts.log(
    `seed:large: ${requests} service requests (${open} open), ${escalations} escalations in ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
  return { requests, escalations };
}
