import { LAST_DAY } from "./buckets";
import { addConditioned, arrivalCurves } from "./arrival";
import {
  groupKey,
  resolveStays,
  type Histograms,
  type Segment,
  type StageStays,
} from "./histograms";
import type { ForecastStage, GroupLevel } from "./types";

/** Two quarters ahead, in days. */
export const PIPELINE_HORIZON = 183;

/** Open accounts of one segment that have spent `elapsedDays` whole days in `stage`. */
export type OpenGroup = Segment & { stage: ForecastStage; elapsedDays: number; count: number };

export type PipelineForecast = {
  /** Expected accounts entering execution on each day 0…horizon from today. */
  expected: Float64Array;
  /** Accounts forecast, and those that waited longer than any comparable stay. */
  accounts: number;
  beyondHistory: number;
};

/**
 * The expected number of the open accounts entering execution on each coming day:
 * the sum of each account's own distribution (as `forecastAccount`), computed per
 * group of accounts alike in segment, stage and days waited. The conditioned stays
 * of all groups that use the same comparison group are summed first and carried
 * through the later stages once, so the cost grows with the comparison groups, not
 * the accounts.
 */
export function forecastPipeline(
  h: Histograms,
  groups: readonly OpenGroup[],
  horizon = PIPELINE_HORIZON,
): PipelineForecast {
  // Per comparison group: the conditioned stays of all its accounts, summed by where
  // they lead. A next stage's curve is the same whatever stage led to it, so each
  // group needs one convolution per next stage, however many accounts and stages.
  const residuals = new Map<string, { segment: Segment; level: GroupLevel; stays: StageStays }>();
  let accounts = 0;
  let beyondHistory = 0;
  for (const g of groups) {
    const elapsed = Math.max(0, Math.floor(g.elapsedDays));
    const current = resolveStays(h, g, g.stage, "industryGrade", elapsed);
    if (!current) {
      beyondHistory += g.count;
      continue;
    }
    accounts += g.count;
    const key = groupKey(current.level, g);
    let entry = residuals.get(key);
    if (!entry) {
      const stays: StageStays = { total: 0, exits: new Map(), tail: new Float64Array(0) };
      entry = {
        segment: { industryId: g.industryId, grade: g.grade },
        level: current.level,
        stays,
      };
      residuals.set(key, entry);
    }
    const weight = g.count / current.samples;
    const last = Math.min(LAST_DAY - 1, elapsed + horizon);
    for (const [next, days] of current.stays.exits) {
      let into = entry.stays.exits.get(next);
      if (!into) entry.stays.exits.set(next, (into = new Float64Array(horizon + 1)));
      for (let d = elapsed; d <= last; d++) into[d - elapsed]! += weight * days[d]!;
    }
  }
  const expected = new Float64Array(horizon + 1);
  for (const entry of residuals.values()) {
    const curves = arrivalCurves(h, entry.segment, entry.level, horizon);
    addConditioned(expected, entry.stays, curves, 0, 1);
  }
  return { expected, accounts, beyondHistory };
}
