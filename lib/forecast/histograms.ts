import { isForecastStage, MIN_SAMPLES, type ForecastStage, type GroupLevel } from "./types";
import type { HistogramRow } from "./types";
import { bucketWidth, LAST_DAY } from "./buckets";
import type { Grade } from "@/db/schema/accounts";
import type { Stage } from "@/lib/stages/stages";

/**
 * A stage's stays in one group: per next stage, the count ending on each day, and
 * `tail[d]`, how many lasted at least d days.
 */
export type StageStays = { total: number; exits: Map<Stage, Float64Array>; tail: Float64Array };
type Group = Map<ForecastStage, StageStays>;

/** The histogram cells summed into every group (industry × grade, industry, all). */
export type Histograms = { groups: Map<string, Group> };

export type Segment = { industryId: number; grade: Grade };

export const groupKey = (level: GroupLevel, s: Segment): string =>
  level === "industryGrade"
    ? `ig:${s.industryId}:${s.grade}`
    : level === "industry"
      ? `i:${s.industryId}`
      : "all";

/**
 * Sums the cells into the three group levels, each bucket's count spread evenly
 * over its days (a stay in the bucket 35–41 counts 1/7 on each of those days).
 */
export function buildHistograms(rows: readonly HistogramRow[]): Histograms {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    if (!isForecastStage(row.stage) || row.count <= 0) continue;
    const width = bucketWidth(row.bucket);
    for (const level of ["industryGrade", "industry", "all"] as const) {
      const key = groupKey(level, row);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = new Map()));
      let stays = group.get(row.stage);
      if (!stays) {
        stays = { total: 0, exits: new Map(), tail: new Float64Array(LAST_DAY + 1) };
        group.set(row.stage, stays);
      }
      let days = stays.exits.get(row.next);
      if (!days) stays.exits.set(row.next, (days = new Float64Array(LAST_DAY)));
      const share = row.count / width;
      for (let d = row.bucket; d < row.bucket + width && d < LAST_DAY; d++) days[d]! += share;
      stays.total += row.count;
    }
  }
  for (const group of groups.values()) {
    for (const stays of group.values()) {
      for (let d = LAST_DAY - 1; d >= 0; d--) {
        let sum = 0;
        for (const days of stays.exits.values()) sum += days[d]!;
        stays.tail[d] = stays.tail[d + 1]! + sum;
      }
    }
  }
  return { groups };
}

/** How many stays lasted at least `day` whole days (all of them for day 0). */
export function staysAtLeast(stays: StageStays | undefined, day: number): number {
  if (!stays || day >= LAST_DAY) return 0;
  return day <= 0 ? stays.total : stays.tail[day]!;
}

const LEVELS_FROM: Record<GroupLevel, readonly GroupLevel[]> = {
  industryGrade: ["industryGrade", "industry", "all"],
  industry: ["industry", "all"],
  all: ["all"],
};

/**
 * The stays of `stage` for a segment, starting at `level` and falling back to
 * broader groups while the group has fewer than MIN_SAMPLES stays that lasted at
 * least `day` days; the broadest group is used whenever it has any.
 */
export function resolveStays(
  h: Histograms,
  segment: Segment,
  stage: ForecastStage,
  level: GroupLevel,
  day = 0,
): { level: GroupLevel; stays: StageStays; samples: number } | null {
  for (const candidate of LEVELS_FROM[level]) {
    const stays = h.groups.get(groupKey(candidate, segment))?.get(stage);
    const samples = staysAtLeast(stays, day);
    if (stays && (samples >= MIN_SAMPLES || (candidate === "all" && samples > 0))) {
      return { level: candidate, stays, samples };
    }
  }
  return null;
}
