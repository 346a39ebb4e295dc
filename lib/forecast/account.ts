import { addConditioned, arrivalCurves } from "./arrival";
import type { Histograms, Segment } from "./histograms";
import { resolveStays } from "./histograms";
import type { ForecastStage, GroupLevel } from "./types";

/** How far ahead an account's own forecast looks, in days (two years). */
export const ACCOUNT_HORIZON = 730;

export type AccountForecast = {
  /** Days from today by which half / 80 % of the ways that reach execution have. */
  p50Days: number;
  p80Days: number;
  /** Chance of reaching execution within the horizon (not dropped on the way). */
  reach: number;
  /** The comparison group the current stage's stays came from, and how many. */
  level: GroupLevel;
  samples: number;
};

export type OpenAccount = Segment & { stage: ForecastStage; elapsedDays: number };

/** The first day by which `cumulative` reaches `share` of `total`. */
function quantileDay(days: Float64Array, total: number, share: number): number {
  let sum = 0;
  for (let d = 0; d < days.length; d++) {
    sum += days[d]!;
    if (sum >= share * total - 1e-12) return d;
  }
  return days.length - 1;
}

/**
 * When one open account reaches execution, counted from today: the stays of its
 * segment in its stage that lasted at least as long as it has waited so far (the
 * finest group with enough of them), then the later stages' stays. `null` when no
 * group has a stay that long, or it never reaches execution within the horizon.
 */
export function forecastAccount(
  h: Histograms,
  account: OpenAccount,
  horizon = ACCOUNT_HORIZON,
): AccountForecast | null {
  const elapsed = Math.max(0, Math.floor(account.elapsedDays));
  const current = resolveStays(h, account, account.stage, "industryGrade", elapsed);
  if (!current) return null;
  const curves = arrivalCurves(h, account, current.level, horizon);
  const days = new Float64Array(horizon + 1);
  addConditioned(days, current.stays, curves, elapsed, 1 / current.samples);
  let reach = 0;
  for (const p of days) reach += p;
  if (reach <= 1e-9) return null;
  return {
    p50Days: quantileDay(days, reach, 0.5),
    p80Days: quantileDay(days, reach, 0.8),
    reach: Math.min(1, reach),
    level: current.level,
    samples: Math.round(current.samples),
  };
}
