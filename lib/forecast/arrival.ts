import { FORECAST_STAGES, isForecastStage, type ForecastStage, type GroupLevel } from "./types";
import {
  groupKey,
  resolveStays,
  type Histograms,
  type Segment,
  type StageStays,
} from "./histograms";

/** Per stage: the chance of first entering execution τ days after entering that stage. */
export type ArrivalCurves = Map<ForecastStage, Float64Array>;

/** How often the same-day moves (a back move on the day of entry) are resolved per day. */
const SAME_DAY_SWEEPS = 3;

/**
 * The chance of reaching execution on each day 0…horizon after entering each stage,
 * a semi-Markov chain over the stages: a stay's length and where it leads (next
 * stage, back, dropped) are drawn together from the group's stays, each stage from
 * the finest group (from `level` down) with enough of them. Dropped and churned lead
 * nowhere; execution ends the walk.
 */
export function arrivalCurves(
  h: Histograms,
  segment: Segment,
  level: GroupLevel,
  horizon: number,
): ArrivalCurves {
  // The curves depend only on the histograms: kept with them, computed once per group.
  let memo = computed.get(h);
  if (!memo) computed.set(h, (memo = new Map()));
  const key = `${groupKey(level, segment)}|${horizon}`;
  let curves = memo.get(key);
  if (!curves) memo.set(key, (curves = computeCurves(h, segment, level, horizon)));
  return curves;
}

const computed = new WeakMap<Histograms, Map<string, ArrivalCurves>>();

function computeCurves(
  h: Histograms,
  segment: Segment,
  level: GroupLevel,
  horizon: number,
): ArrivalCurves {
  const chains = new Map<ForecastStage, StageStays | null>();
  for (const stage of FORECAST_STAGES) {
    chains.set(stage, resolveStays(h, segment, stage, level)?.stays ?? null);
  }
  const curves: ArrivalCurves = new Map(
    FORECAST_STAGES.map((s) => [s, new Float64Array(horizon + 1)]),
  );
  const reversed = [...FORECAST_STAGES].reverse();
  const base = new Float64Array(FORECAST_STAGES.length);
  for (let tau = 0; tau <= horizon; tau++) {
    reversed.forEach((stage, i) => {
      const stays = chains.get(stage);
      let sum = 0;
      if (stays) {
        for (const [next, days] of stays.exits) {
          const limit = Math.min(tau, days.length - 1);
          if (next === "execution") {
            if (tau >= 1 && tau < days.length) sum += days[tau]!;
            continue;
          }
          if (!isForecastStage(next)) continue;
          const curve = curves.get(next)!;
          for (let d = 1; d <= limit; d++) sum += days[d]! * curve[tau - d]!;
        }
        sum /= stays.total;
      }
      base[i] = sum;
    });
    for (let sweep = 0; sweep < SAME_DAY_SWEEPS; sweep++) {
      reversed.forEach((stage, i) => {
        const stays = chains.get(stage);
        let same = 0;
        if (stays) {
          for (const [next, days] of stays.exits) {
            if (next === "execution") same += tau === 0 ? days[0]! : 0;
            else if (isForecastStage(next)) same += days[0]! * curves.get(next)![tau]!;
          }
          same /= stays.total;
        }
        curves.get(stage)![tau] = base[i]! + same;
      });
    }
  }
  return curves;
}

/**
 * Adds `weight` × the distribution of the day execution is reached for accounts that
 * have spent `elapsed` whole days in `stays`' stage: only stays that lasted at least
 * that long count, shifted by the time already spent.
 */
export function addConditioned(
  into: Float64Array,
  stays: StageStays,
  curves: ArrivalCurves,
  elapsed: number,
  weight: number,
): void {
  const horizon = into.length - 1;
  for (const [next, days] of stays.exits) {
    const last = Math.min(days.length - 1, elapsed + horizon);
    if (next === "execution") {
      for (let d = elapsed; d <= last; d++) into[d - elapsed]! += weight * days[d]!;
      continue;
    }
    if (!isForecastStage(next)) continue;
    const curve = curves.get(next)!;
    for (let d = elapsed; d <= last; d++) {
      const mass = days[d]!;
      if (mass === 0) continue;
      const w = weight * mass;
      const shift = d - elapsed;
      for (let tau = shift; tau <= horizon; tau++) into[tau]! += w * curve[tau - shift]!;
    }
  }
}
