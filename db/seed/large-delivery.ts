import zh from "@/messages/schedule/zh-CN.json" with { type: "json" };
import { staffCost, type CostCategory, type CostKind } from "@/lib/cost/totals";
import { planFromTemplate } from "@/lib/schedule/compute";
import { addDays, daysBetween } from "@/lib/dates";
import {
  COATINGS_SCHEDULE_TEMPLATE,
  DEFAULT_SCHEDULE_TEMPLATE,
  type DefaultStepKey,
} from "@/lib/schedule/default-templates";
import { uuid } from "./large-data";
import type { Move, Rng } from "./large-journeys";

/** One COPY row: values in the column order of the matching *_COLUMNS list. */
export type Row = (string | number | boolean | null)[];

export const SCHEDULE_COLUMNS = [
  "id",
  "account_id",
  "template_id",
  "start_date",
  "target_days_to_order",
  "created_at",
  "updated_at",
];
export const STEP_COLUMNS = [
  "id",
  "schedule_id",
  "account_id",
  "position",
  "key",
  "label",
  "duration_days",
  "planned_start",
  "planned_finish",
  "actual_start",
  "actual_finish",
  "created_at",
  "updated_at",
];
export const BASELINE_COLUMNS = [
  "id",
  "schedule_id",
  "account_id",
  "number",
  "name",
  "steps",
  "saved_by_id",
  "saved_at",
];
export const COST_PLAN_COLUMNS = [
  "id",
  "account_id",
  "currency",
  "budget_minor",
  "status",
  "submitted_at",
  "submitted_by_id",
  "decided_at",
  "decided_by_id",
  "created_at",
  "updated_at",
];
export const COST_LINE_COLUMNS = [
  "id",
  "cost_plan_id",
  "account_id",
  "kind",
  "category",
  "description",
  "planned_minor",
  "actual_minor",
  "hours_hundredths",
  "rate_minor",
  "date",
  "created_at",
  "updated_at",
];

export type DeliveryRows = {
  schedules: Row[];
  steps: Row[];
  baselines: Row[];
  plans: Row[];
  lines: Row[];
};
export type DeliveryContext = {
  now: number;
  ownerId: string | null;
  directorId: string | null;
  industryCode: string;
  /** Slow owners (pace > 1) slip more. */
  pace: number;
  /** Ids of the seeded templates, when present. */
  templates: { coatings: string | null; standard: string | null };
};

const DAY = 86_400_000;
/** Calendar day in Shanghai (UTC+8, no DST) of a timestamp. */
const dayOf = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
const iso = (ms: number) => new Date(ms).toISOString();
/** Midday in Shanghai of a calendar day. */
const noonOf = (day: string) => Date.parse(`${day}T04:00:00Z`);

const lastIndex = (moves: Move[], stage: Move["to"]) =>
  moves.findLastIndex((m) => m.to === stage && m.kind === "forward");
/** When work on the account stopped (a later drop or churn), else now. */
const stopAfter = (moves: Move[], from: number, now: number) =>
  moves.slice(from + 1).find((m) => m.to === "dropped" || m.to === "churned")?.at ?? now;

type PlannedStep = {
  key: DefaultStepKey;
  durationDays: number;
  plannedStart: string;
  plannedFinish: string;
};

/**
 * The schedule of an account that reached the schedule stage: planned from the
 * template on the day it entered the stage, a baseline saved when it left (a
 * re-plan with a second baseline now and then), and actual dates up to today or
 * the day the account was dropped, with slips that grow for slow owners.
 */
function schedule(
  rng: Rng,
  accountId: string,
  moves: Move[],
  ctx: DeliveryContext,
  out: DeliveryRows,
) {
  const k = lastIndex(moves, "schedule");
  if (k < 0) return;
  const entered = moves[k]!.at;
  const stop = dayOf(stopAfter(moves, k, ctx.now));
  const coatings = ctx.industryCode === "coatings";
  const template = coatings ? COATINGS_SCHEDULE_TEMPLATE : DEFAULT_SCHEDULE_TEMPLATE;
  const start = dayOf(entered);
  const planned: PlannedStep[] = planFromTemplate(start, template.steps).map((s) => ({
    key: s.key,
    durationDays: s.durationDays,
    plannedStart: s.plannedStart,
    plannedFinish: s.plannedFinish,
  }));

  // Actual dates: each step takes its planned time scaled by the owner's pace and luck.
  const tendency = (0.65 + 0.3 * ctx.pace) * rng.lognormal(1, 0.12);
  const actual: { start: string | null; finish: string | null }[] = [];
  let cursor = addDays(start, rng.next() < 0.3 ? Math.floor(rng.next() * 4) : 0);
  for (const step of planned) {
    if (cursor > stop) {
      actual.push({ start: null, finish: null });
      continue;
    }
    const days =
      step.durationDays === 0
        ? 0
        : Math.max(1, Math.round(step.durationDays * tendency * rng.lognormal(1, 0.25)));
    const finish = days === 0 ? cursor : addDays(cursor, days - 1);
    actual.push({ start: cursor, finish: finish <= stop ? finish : null });
    const wait = rng.next() < 0.15 ? 1 + Math.floor(rng.next() * 7) : 0;
    cursor = addDays(finish, (days === 0 ? 0 : 1) + wait);
  }

  // Baseline 1 when the account left the stage forward (the gate needs one); sometimes while still in it.
  const next = moves[k + 1];
  const savedAt =
    next?.to === "cost_plan"
      ? next.at
      : !next && rng.next() < 0.5 && entered + 2 * DAY < ctx.now
        ? entered + 2 * DAY
        : next && rng.next() < 0.3
          ? next.at
          : null;
  const baselines: { at: number; steps: PlannedStep[] }[] = [];
  if (savedAt !== null) baselines.push({ at: savedAt, steps: planned });

  // A re-plan after a late step: the later steps move by its slip, and a second baseline is saved.
  const finished = actual.filter((a) => a.finish).length;
  let current = planned;
  if (baselines.length && finished >= 2 && finished < planned.length && rng.next() < 0.25) {
    const j = Math.floor(rng.next() * (finished - 1));
    const slip = daysBetween(planned[j]!.plannedFinish, actual[j]!.finish!);
    const at = noonOf(actual[j]!.finish!);
    if (slip > 0 && at > savedAt!) {
      current = planned.map((s, i) =>
        i <= j
          ? s
          : {
              ...s,
              plannedStart: addDays(s.plannedStart, slip),
              plannedFinish: addDays(s.plannedFinish, slip),
            },
      );
      baselines.push({ at, steps: current });
    }
  }

  const id = uuid(rng);
  const created = iso(entered);
  out.schedules.push([
    id,
    accountId,
    coatings ? ctx.templates.coatings : ctx.templates.standard,
    start,
    template.targetDaysToOrder,
    created,
    created,
  ]);
  for (const [position, step] of current.entries()) {
    const a = actual[position]!;
    out.steps.push([
      uuid(rng),
      id,
      accountId,
      position,
      step.key,
      zh.step[step.key],
      step.durationDays,
      step.plannedStart,
      step.plannedFinish,
      a.start,
      a.finish,
      created,
      created,
    ]);
  }
  for (const [i, b] of baselines.entries()) {
    const steps = b.steps.map((s) => ({
      key: s.key,
      label: zh.step[s.key],
      plannedStart: s.plannedStart,
      plannedFinish: s.plannedFinish,
    }));
    out.baselines.push([
      uuid(rng),
      id,
      accountId,
      i + 1,
      i === 0 ? "与客户确认的计划" : "调整后的计划",
      JSON.stringify(steps),
      ctx.ownerId,
      iso(b.at),
    ]);
  }
}

/** A few owners also work export customers, whose cost plans are sometimes in US dollars. */
const exportDesk = (ownerId: string | null) =>
  !!ownerId && parseInt(ownerId.slice(-2), 16) % 10 === 0;

/** Typical planned amounts in yuan per line category, and how often a plan has one. */
const LINE_MODEL: [CostKind, CostCategory, number, number, string][] = [
  ["direct", "travel", 1, 8_000, "客户拜访差旅"],
  ["direct", "travel", 0.4, 5_000, "技术交流差旅"],
  ["direct", "samples", 0.8, 12_000, "样品及检测"],
  ["direct", "reception", 0.6, 3_000, "客户接待"],
  ["indirect", "marketing", 0.3, 5_000, "展会及推广分摊"],
  ["indirect", "other", 0.2, 2_000, "其他费用"],
];

/**
 * The cost plan of an account that reached the cost-plan stage: approved when the
 * account moved on to execution, lines with actual amounts reported up to today
 * (or the day it was dropped), some plans over their budget.
 */
function costPlan(
  rng: Rng,
  accountId: string,
  moves: Move[],
  ctx: DeliveryContext,
  out: DeliveryRows,
) {
  const k = lastIndex(moves, "cost_plan");
  if (k < 0) return;
  const created = moves[k]!.at;
  const next = moves[k + 1];
  const stop = stopAfter(moves, k, ctx.now);
  let status: "draft" | "submitted" | "approved" | "returned" = "draft";
  let decided: number | null = null;
  let submitted: number | null = null;
  if (next?.to === "execution") {
    status = "approved";
    decided = next.at;
    submitted = Math.max(created, decided - (0.5 + rng.next() * 2.5) * DAY);
  } else if (!next) {
    if (rng.next() < 0.5) {
      status = "submitted";
      submitted = Math.min(ctx.now, created + (1 + rng.next() * 3) * DAY);
    }
  } else if (next.kind === "back" && rng.next() < 0.6) {
    status = "returned";
    decided = next.at;
    submitted = Math.max(created, decided - DAY);
  }
  const id = uuid(rng);
  const overrun = rng.lognormal(1.06, 0.15);
  const yuan = (median: number) =>
    Math.max(1, Math.round(rng.lognormal(median, 0.5) / 100)) * 10_000;
  let plannedTotal = 0;
  const line = (
    kind: CostKind,
    category: CostCategory,
    description: string,
    planned: number,
    staff?: [number, number],
  ) => {
    plannedTotal += planned;
    const at = created + rng.next() * 150 * DAY;
    const reported = at <= stop && rng.next() < 0.92;
    const actual = reported
      ? Math.round((planned * overrun * rng.lognormal(1, 0.2)) / 100) * 100
      : null;
    out.lines.push([
      uuid(rng),
      id,
      accountId,
      kind,
      category,
      description,
      planned,
      actual,
      staff?.[0] ?? null,
      staff?.[1] ?? null,
      dayOf(at),
      iso(created),
      iso(Math.min(ctx.now, Math.max(created, at))),
    ]);
  };
  for (const [kind, category, chance, median, description] of LINE_MODEL) {
    if (rng.next() < chance) line(kind, category, description, yuan(median));
  }
  if (rng.next() < 0.7) {
    const hours = (20 + Math.floor(rng.next() * 100)) * 100 + (rng.next() < 0.3 ? 50 : 0);
    const rate = (150 + Math.floor(rng.next() * 26) * 10) * 100;
    line("direct", "staff", "技术与销售人员工时", staffCost(hours, rate), [hours, rate]);
  }
  const budget =
    rng.next() < 0.75
      ? Math.round((plannedTotal * (1 + rng.next() * 0.2)) / 100_000) * 100_000
      : null;
  out.plans.push([
    id,
    accountId,
    exportDesk(ctx.ownerId) && rng.next() < 0.15 ? "USD" : "CNY",
    budget,
    status,
    submitted === null ? null : iso(submitted),
    submitted === null ? null : ctx.ownerId,
    decided === null ? null : iso(decided),
    decided === null ? null : ctx.directorId,
    iso(created),
    iso(decided ?? submitted ?? created),
  ]);
}

/**
 * Schedule and cost-plan rows of one generated account, from its own generator so
 * the accounts and transitions stay what they were before these records existed.
 */
export function deliveryRows(
  rng: Rng,
  accountId: string,
  moves: Move[],
  ctx: DeliveryContext,
  out: DeliveryRows,
) {
  schedule(rng, accountId, moves, ctx, out);
  costPlan(rng, accountId, moves, ctx, out);
}

export const emptyDeliveryRows = (): DeliveryRows => ({
  schedules: [],
  steps: [],
  baselines: [],
  plans: [],
  lines: [],
});
