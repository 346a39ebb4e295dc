import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import postgres from "postgres";
import { hashPassword } from "@/lib/auth/password";
import { GRADE_LETTER } from "@/lib/accounts/code";
import type { Grade } from "../schema/accounts";
import { DEMO_PASSWORD } from "./index";
import { LARGE_CODE_PATTERN } from "./generated-codes";
import {
  LARGE_AREAS,
  LARGE_INDUSTRIES,
  LARGE_MANAGERS,
  LARGE_SOURCES,
  companyName,
  contactTitle,
  personName,
  uuid,
} from "./large-data";
import {
  BASELINE_COLUMNS,
  COST_LINE_COLUMNS,
  COST_PLAN_COLUMNS,
  SCHEDULE_COLUMNS,
  STEP_COLUMNS,
  deliveryRows,
  emptyDeliveryRows,
  type DeliveryContext,
} from "./large-delivery";
import { seedLargeActivities } from "./large-activities";
import { seedLargeTasks } from "./large-tasks";
import { seedLargeSurveys } from "./large-surveys";
import { seedLargeService } from "./large-service";
import { seedLargeOrders } from "./large-orders";
import { journey, prng, type Rng } from "./large-journeys";

export type SeedLargeOptions = {
  accounts?: number;
  seed?: number;
  /** The dataset's "now"; defaults to the start of today (UTC). */
  asOf?: Date;
  force?: boolean;
  log?: (line: string) => void;
};

const DAY = 86_400_000;
const YEARS = 5;
const CHUNK = 5_000;
export { LARGE_CODE_PATTERN };

const esc = (v: string | number | boolean | null | undefined) =>
  v === null || v === undefined
    ? "\\N"
    : String(v).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n");
const line = (values: (string | number | boolean | null | undefined)[]) =>
  values.map(esc).join("\t") + "\n";
const iso = (ms: number) => new Date(ms).toISOString();

async function copy(
  sql: postgres.TransactionSql,
  table: string,
  columns: string[],
  rows: string[],
) {
  const writable = await sql.unsafe(`copy ${table} (${columns.join(", ")}) from stdin`).writable();
  await pipeline(Readable.from(rows), writable);
}

/**
 * 100,000 accounts with about a million stage transitions, generated from a seeded
 * PRNG (same input → same data) and loaded with COPY in one transaction, so an
 * interrupted run leaves nothing half-done. Accounts that reached the schedule and
 * cost-plan stages get a schedule (steps, baselines, actual dates) and a cost plan
 * (lines, actual amounts) from a second generator, so the accounts and transitions
 * are the same as before those records existed. Existing generated accounts are kept
 * unless `force`, or unless they predate the schedules and cost plans.
 */
export async function seedLarge(url: string, opts: SeedLargeOptions = {}) {
  const total = opts.accounts ?? 100_000;
  const log = opts.log ?? (() => {});
  const now = opts.asOf?.getTime() ?? Math.floor(Date.now() / DAY) * DAY;
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const started = Date.now();
  try {
    const [{ n: existing }] = await sql<[{ n: number }]>`
      select count(*)::int as n from accounts where code ~ ${LARGE_CODE_PATTERN}`;
    const stale = existing > 0 && (await lacksDelivery(sql));
    if (existing >= total && !opts.force && !stale) {
      log(`seed:large: ${existing} generated accounts already present`);
      await seedOperations(sql, now, opts);
      return { skipped: true, accounts: existing, transitions: 0, ms: Date.now() - started };
    }
    if (stale)
      log("seed:large: the generated accounts have no schedules or cost plans yet, rebuilding");
    const refs = await ensureReferenceData(sql);
    const owners = await ensureManagers(sql);
    const [director] = await sql<{ id: string }[]>`
      select id from users where role = 'director' order by created_at limit 1`;
    const templates = await scheduleTemplateIds(sql);
    let transitions = 0;
    const made = { schedules: 0, steps: 0, plans: 0, lines: 0 };
    await sql.begin(async (tx) => {
      if (existing > 0) {
        log(`seed:large: removing ${existing} previously generated accounts`);
        await tx`delete from accounts where code ~ ${LARGE_CODE_PATTERN}`;
      }
      const rng = prng(opts.seed ?? 20_260_101);
      const deliveryRng = prng((opts.seed ?? 20_260_101) ^ 0x5eed_de1);
      const serials = new Map<string, number>();
      for (let first = 0; first < total; first += CHUNK) {
        const chunk = buildChunk(rng, Math.min(CHUNK, total - first), {
          now,
          refs,
          owners,
          directorId: director?.id ?? null,
          serials,
          deliveryRng,
          templates,
        });
        await copy(tx, "accounts", ACCOUNT_COLUMNS, chunk.accounts);
        await copy(tx, "stage_transitions", TRANSITION_COLUMNS, chunk.transitions);
        await copy(tx, "stakeholders", STAKEHOLDER_COLUMNS, chunk.stakeholders);
        const d = chunk.delivery;
        await copy(tx, "schedules", SCHEDULE_COLUMNS, d.schedules.map(line));
        // Baselines first: a step's insert trigger copies its baseline finish from them.
        await copy(tx, "schedule_baselines", BASELINE_COLUMNS, d.baselines.map(line));
        await copy(tx, "schedule_steps", STEP_COLUMNS, d.steps.map(line));
        await copy(tx, "cost_plans", COST_PLAN_COLUMNS, d.plans.map(line));
        await copy(tx, "cost_lines", COST_LINE_COLUMNS, d.lines.map(line));
        transitions += chunk.transitions.length;
        made.schedules += d.schedules.length;
        made.steps += d.steps.length;
        made.plans += d.plans.length;
        made.lines += d.lines.length;
        if ((first / CHUNK) % 4 === 3 || first + CHUNK >= total)
          log(`seed:large: ${first + chunk.accounts.length} accounts, ${transitions} transitions`);
      }
      for (const [prefix, last] of serials) {
        await tx`insert into code_counters (prefix, last) values (${prefix}, ${last})
          on conflict (prefix) do update set last = greatest(code_counters.last, excluded.last)`;
      }
    });
    log(
      `seed:large: ${made.schedules} schedules (${made.steps} steps), ${made.plans} cost plans (${made.lines} lines)`,
    );
    await seedOperations(sql, now, opts);
    log("seed:large: vacuum analyze");
    await sql`vacuum analyze accounts, stage_transitions, stakeholders, users, schedules,
      schedule_steps, schedule_baselines, cost_plans, cost_lines`;
    const ms = Date.now() - started;
    log(`seed:large: ${total} accounts, ${transitions} transitions in ${(ms / 1000).toFixed(1)}s`);
    return { skipped: false, accounts: total, transitions, ms };
  } finally {
    await sql.end();
  }
}

/** The daily work on the generated accounts: activities, return visits and follow-ups, service requests (each kept when already there). */
async function seedOperations(sql: postgres.Sql, now: number, opts: SeedLargeOptions) {
  const common = {
    pattern: LARGE_CODE_PATTERN,
    asOf: new Date(now),
    timeZone: process.env.PCRM_TIME_ZONE ?? "Asia/Shanghai",
    log: opts.log ?? (() => {}),
  };
  const made = await seedLargeActivities(sql, { ...common, seed: opts.seed ?? 20_260_101 });
  const tasks = await seedLargeTasks(sql, common);
  if (made.activities > 0 || tasks.tasks > 0) await sql`vacuum analyze activities, tasks`;
  await seedLargeService(sql, { ...common, seed: opts.seed ?? 20_260_101 });
  const surveys = await seedLargeSurveys(sql, common);
  if (surveys.answers > 0) await sql`vacuum analyze survey_invitations, survey_answers`;
  await seedLargeOrders(sql, common);
}

/**
 * A dataset generated before schedules and cost plans were: some generated account
 * reached the schedule stage, yet no generated account has a schedule.
 */
async function lacksDelivery(sql: postgres.Sql) {
  const [row] = await sql<{ stale: boolean }[]>`
    select exists (
        select 1 from accounts a where a.code ~ ${LARGE_CODE_PATTERN}
          and a.stage in ('cost_plan', 'execution'))
      and not exists (
        select 1 from schedules s join accounts a on a.id = s.account_id
        where a.code ~ ${LARGE_CODE_PATTERN}) as stale`;
  return row?.stale ?? false;
}

/** The seeded schedule templates (default and coatings), when the demo seed created them. */
async function scheduleTemplateIds(sql: postgres.Sql): Promise<DeliveryContext["templates"]> {
  const rows = await sql<{ id: string; is_default: boolean; industry: string | null }[]>`
    select t.id, t.is_default, r.code as industry from schedule_templates t
    left join reference_items r on r.id = t.industry_id
    where t.active order by t.created_at`;
  return {
    standard: rows.find((r) => r.is_default)?.id ?? null,
    coatings: rows.find((r) => r.industry === "coatings")?.id ?? null,
  };
}

type Refs = Awaited<ReturnType<typeof ensureReferenceData>>;
type Owner = { id: string; weight: number; pace: number };

async function ensureReferenceData(sql: postgres.Sql) {
  const all = [
    ...LARGE_INDUSTRIES.map((r) => ({ ...r, kind: "industry" })),
    ...LARGE_SOURCES.map((r) => ({ ...r, kind: "source" })),
    ...LARGE_AREAS.map((r) => ({ ...r, kind: "area" })),
  ];
  for (const [i, r] of all.entries()) {
    await sql`insert into reference_items (kind, code, name_en, name_zh, sort_order)
      values (${r.kind}, ${r.code}, ${r.nameEn}, ${r.nameZh}, ${i}) on conflict do nothing`;
  }
  const rows = await sql<{ id: number; kind: string; code: string; name_zh: string }[]>`
    select id, kind, code, name_zh from reference_items`;
  const find = (kind: string, code: string) =>
    rows.find((r) => r.kind === kind && r.code === code)!;
  const weighted = (kind: string, list: typeof LARGE_INDUSTRIES) =>
    list.map((r) => [{ ...find(kind, r.code), code: r.code }, r.weight] as const);
  return {
    industries: weighted("industry", LARGE_INDUSTRIES),
    sources: weighted("source", LARGE_SOURCES),
    areas: weighted("area", LARGE_AREAS),
  };
}

/** The generated managers plus the demo managers, each with a workload weight and a pace. */
async function ensureManagers(sql: postgres.Sql): Promise<Owner[]> {
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const m of LARGE_MANAGERS) {
    const name = personName(prng(1000 + m.index));
    await sql`insert into users (email, name, role, password_hash)
      values (${m.email}, ${name}, 'manager', ${hash}) on conflict (email) do nothing`;
  }
  const rows = await sql<{ id: string; email: string }[]>`
    select id, email from users where role = 'manager'
      and (email like 'mgr__@pcrm.example' or email in ('manager@pcrm.example', 'manager2@pcrm.example'))
    order by email`;
  const rng = prng(77);
  // A few slow owners (pace > 1.3) make the per-owner view worth looking at.
  return rows.map((r) => ({
    id: r.id,
    weight: 0.4 + rng.next() * 1.6,
    pace: 0.7 + rng.next() * 0.9,
  }));
}

const ACCOUNT_COLUMNS = [
  "id",
  "code",
  "name",
  "country_region",
  "city",
  "phone",
  "industry_id",
  "source_id",
  "area_id",
  "grade",
  "owner_id",
  "stage",
  "stage_entered_at",
  "churn_type",
  "outcome_reason",
  "archived_at",
  "created_by_id",
  "created_at",
  "updated_at",
];
const TRANSITION_COLUMNS = [
  "account_id",
  "from_stage",
  "to_stage",
  "kind",
  "at",
  "by_id",
  "note",
  "override",
  "churn_type",
  "exited_at",
  "duration_days",
];
const STAKEHOLDER_COLUMNS = [
  "id",
  "account_id",
  "side",
  "name",
  "title",
  "decision_role",
  "influence",
  "attitude",
  "mobile",
  "is_primary",
];
const GRADES: (readonly [Grade, number])[] = [
  ["important", 15],
  ["normal", 55],
  ["potential", 30],
];

function buildChunk(
  rng: Rng,
  count: number,
  ctx: {
    now: number;
    refs: Refs;
    owners: Owner[];
    directorId: string | null;
    serials: Map<string, number>;
    deliveryRng: Rng;
    templates: DeliveryContext["templates"];
  },
) {
  const accounts: string[] = [];
  const transitions: string[] = [];
  const stakeholders: string[] = [];
  const delivery = emptyDeliveryRows();
  const ownerWeights = ctx.owners.map((o) => [o, o.weight] as const);
  for (let i = 0; i < count; i++) {
    const id = uuid(rng);
    const owner = rng.next() < 0.005 ? null : rng.weighted(ownerWeights);
    const grade = rng.weighted(GRADES);
    const industry = rng.weighted(ctx.refs.industries);
    const source = rng.weighted(ctx.refs.sources);
    const area = rng.weighted(ctx.refs.areas);
    // Growth: more accounts were created recently than five years ago.
    const created = ctx.now - Math.pow(rng.next(), 0.8) * YEARS * 365 * DAY;
    const moves = journey(rng, { created, now: ctx.now, pace: owner?.pace ?? 1, grade });
    const last = moves.at(-1)!;
    const prefix = `${GRADE_LETTER[grade]}${area.code}`;
    const serial = (ctx.serials.get(prefix) ?? 0) + 1;
    ctx.serials.set(prefix, serial);
    const outcome = last.to === "dropped" || last.to === "churned";
    accounts.push(
      line([
        id,
        `${prefix}${String(serial).padStart(6, "0")}`,
        companyName(rng, area.name_zh, industry.code),
        "中国",
        area.name_zh,
        `0${area.code.slice(1)}-8${String(Math.floor(rng.next() * 1e7)).padStart(7, "0")}`,
        industry.id,
        source.id,
        area.id,
        grade,
        owner?.id ?? null,
        last.to,
        iso(last.at),
        last.churnType,
        outcome ? last.note : null,
        rng.next() < 0.01 ? iso(last.at) : null,
        owner?.id ?? null,
        iso(created),
        iso(last.at),
      ]),
    );
    deliveryRows(
      ctx.deliveryRng,
      id,
      moves,
      {
        now: ctx.now,
        ownerId: owner?.id ?? null,
        directorId: ctx.directorId,
        industryCode: industry.code,
        pace: owner?.pace ?? 1,
        templates: ctx.templates,
      },
      delivery,
    );
    for (const [k, m] of moves.entries()) {
      const exit = moves[k + 1]?.at;
      transitions.push(
        line([
          id,
          m.from,
          m.to,
          m.kind,
          iso(m.at),
          m.override ? ctx.directorId : (owner?.id ?? null),
          m.note,
          m.override,
          m.churnType,
          exit ? iso(exit) : null,
          exit ? (exit - m.at) / DAY : null,
        ]),
      );
    }
    if (moves.length > 1 || rng.next() < 0.6) {
      stakeholders.push(
        line([
          uuid(rng),
          id,
          "customer",
          personName(rng),
          contactTitle(rng),
          "decision_maker",
          5,
          rng.next() < 0.5 ? "supporter" : "neutral",
          `13${String(Math.floor(rng.next() * 1e9)).padStart(9, "0")}`,
          true,
        ]),
      );
    }
  }
  return { accounts, transitions, stakeholders, delivery };
}
