import type { ChurnType, Stage } from "@/lib/stages/stages";

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return {
    next,
    /** Log-normal around `median` (days); `spread` is sigma. */
    lognormal: (median: number, spread: number) => median * Math.exp(spread * normal()),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    weighted: <T>(items: readonly (readonly [T, number])[]) => {
      const total = items.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [item, w] of items) if ((r -= w) < 0) return item;
      return items.at(-1)![0];
    },
  };
}
export type Rng = ReturnType<typeof prng>;

export type Move = {
  from: Stage | null;
  to: Stage;
  kind: "create" | "forward" | "back" | "drop" | "churn" | "reopen";
  at: number;
  note: string;
  override: boolean;
  churnType: ChurnType | null;
};

const DAY = 86_400_000;

/** Median days per stay and the chance of leaving forward / back (the rest is a drop). */
const STAGE_MODEL = {
  stakeholders: { median: 6, forward: 0.93, back: 0 },
  evaluation: { median: 9, forward: 0.22, back: 0.2 },
  requirements: { median: 13, forward: 0.7, back: 0.22 },
  scope: { median: 8, forward: 0.78, back: 0.16 },
  schedule: { median: 7, forward: 0.8, back: 0.15 },
  cost_plan: { median: 5, forward: 0.8, back: 0.15 },
} as const;
const ORDER = Object.keys(STAGE_MODEL) as (keyof typeof STAGE_MODEL)[];

/** Evaluation go-rate by grade: important customers are worth developing more often. */
const GO_FACTOR = { important: 1.45, normal: 1, potential: 0.7 } as const;

export const DROP_REASONS = [
  ["评估结果为不开发：预算不足", 30],
  ["采购意向不明确", 22],
  ["客户规模太小，不符合重点客户标准", 14],
  ["已选定竞争对手", 12],
  ["付款条件风险高", 8],
  ["需求与我方产品不匹配", 7],
  ["决策链过长，短期无法推进", 5],
  ["联系人离职，无法继续跟进", 2],
] as const;
const BACK_NOTES = [
  "需求变更，重新确认",
  "评估资料不完整，退回补充",
  "客户要求调整范围",
  "成本超出预算，重新核算",
];
const REOPEN_NOTES = ["客户重新提出需求", "赢回计划：重新接触", "客户预算已批复"];
const CHURN = [
  ["price_seeker", 30],
  ["lured_by_competitor", 28],
  ["abandoned_unintentionally", 18],
  ["lost_conditions", 14],
  ["abandoned_deliberately", 10],
] as const;
const CHURN_NOTES: Record<ChurnType, string> = {
  price_seeker: "只比较价格，转向更低报价",
  lured_by_competitor: "竞争对手以更优条件挖走",
  abandoned_unintentionally: "长期未回访，客户流失",
  lost_conditions: "客户停产，不再具备合作条件",
  abandoned_deliberately: "信用风险高，主动放弃",
};

/**
 * One account's stage history from `created` until `now`: stays are log-normal
 * (slower for slow owners), a few accounts get stuck, most are dropped at
 * evaluation, rework sends accounts back, and dropped or churned accounts are
 * often won back later, which starts the journey again.
 */
export function journey(
  rng: Rng,
  opts: { created: number; now: number; pace: number; grade: keyof typeof GO_FACTOR },
): Move[] {
  const moves: Move[] = [];
  const move = (m: Omit<Move, "note" | "override" | "churnType"> & Partial<Move>) =>
    moves.push({ note: "", override: false, churnType: null, ...m });
  let stage: Stage = "stakeholders";
  let at = opts.created;
  move({ from: null, to: stage, kind: "create", at });
  for (let guard = 0; guard < 60; guard++) {
    let days: number;
    if (stage === "dropped") {
      if (rng.next() > 0.72) return moves;
      days = 20 + rng.next() * 240;
    } else if (stage === "churned") {
      if (rng.next() > 0.4) return moves;
      days = 60 + rng.next() * 300;
    } else if (stage === "execution") days = rng.lognormal(420, 0.6);
    else {
      const stuck = rng.next() < 0.03;
      days = stuck
        ? 40 + rng.next() * 300
        : rng.lognormal(STAGE_MODEL[stage].median * opts.pace, 0.65);
    }
    const next = at + Math.max(0.02, days) * DAY;
    if (next > opts.now) return moves;
    at = next;
    const from: Stage = stage;
    if (from === "dropped" || from === "churned") {
      stage = "stakeholders";
      move({ from, to: stage, kind: "reopen", at, note: rng.pick(REOPEN_NOTES) });
    } else if (from === "execution") {
      if (rng.next() < 0.9) {
        const churnType = rng.weighted(CHURN);
        stage = "churned";
        move({ from, to: stage, kind: "churn", at, churnType, note: CHURN_NOTES[churnType] });
      } else {
        stage = "cost_plan";
        move({ from, to: stage, kind: "back", at, note: rng.pick(BACK_NOTES) });
      }
    } else {
      const model = STAGE_MODEL[from];
      const forward = from === "evaluation" ? model.forward * GO_FACTOR[opts.grade] : model.forward;
      const r = rng.next();
      const index = ORDER.indexOf(from);
      if (r < forward) {
        stage = ORDER[index + 1] ?? "execution";
        const override = from === "evaluation" && rng.next() < 0.08;
        move({
          from,
          to: stage,
          kind: "forward",
          at,
          override,
          note: override ? "主管特批：战略客户" : "",
        });
      } else if (r < forward + model.back) {
        stage = ORDER[index - 1]!;
        move({ from, to: stage, kind: "back", at, note: rng.pick(BACK_NOTES) });
      } else {
        stage = "dropped";
        move({ from, to: stage, kind: "drop", at, note: rng.weighted(DROP_REASONS) });
      }
    }
  }
  return moves;
}
