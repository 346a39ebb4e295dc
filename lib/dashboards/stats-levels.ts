import { addDays, nextMonth, weekdayOf, type IsoDate } from "@/lib/dates";

/**
 * Levels of the pre-aggregated dashboard stats (migration 0027): 0 = per day and
 * 1 = per month (its first day), both without owner and segment; 2 = per day with
 * owner and segment; `activity_stats` (migration 0036) also has 3 = per week (its
 * Monday) with owner.
 */
export const STATS_LEVELS = { day: 0, month: 1, detailed: 2, weekly: 3 } as const;

/** Rows of one level whose `day` lies in [from, to]. */
export type StatsRange = { level: 0 | 1 | 2 | 3; from: IsoDate; to: IsoDate };

const monthStart = (month: string) => `${month}-01`;

/**
 * The stats rows that cover the days [from, to]: with owner or segment (`detailed`),
 * the day rows of level 2; otherwise the whole months inside the period from level
 * 1 and the days at its ends from level 0 (only days when `daily`, e.g. weekly
 * buckets). Together they count every day of the period once.
 */
export function statsRanges(
  from: IsoDate,
  to: IsoDate,
  opts: { detailed: boolean; daily?: boolean },
): StatsRange[] {
  if (opts.detailed) return [{ level: 2, from, to }];
  if (opts.daily) return [{ level: 0, from, to }];
  const firstFull = from.endsWith("-01") ? from : monthStart(nextMonth(from.slice(0, 7)));
  const afterTo = addDays(to, 1);
  // Start of the month after the last whole month in the period.
  const endFull = afterTo.endsWith("-01") ? afterTo : monthStart(to.slice(0, 7));
  if (firstFull >= endFull) return [{ level: 0, from, to }];
  const ranges: StatsRange[] = [];
  if (from < firstFull) ranges.push({ level: 0, from, to: addDays(firstFull, -1) });
  ranges.push({ level: 1, from: firstFull, to: addDays(endFull, -1) });
  if (endFull <= to) ranges.push({ level: 0, from: endFull, to });
  return ranges;
}

/**
 * The rows of a table with week rows (level 3, `day` = the week's Monday) that cover
 * the days [from, to] per owner: the whole Monday-to-Sunday weeks inside the period
 * from level 3, the days at its ends from level 2. Together they count every day of
 * the period once.
 */
export function weeklyStatsRanges(from: IsoDate, to: IsoDate): StatsRange[] {
  const firstFull = weekdayOf(from) === 1 ? from : addDays(from, 8 - weekdayOf(from));
  const afterTo = addDays(to, 1);
  // The Monday after the last whole week in the period.
  const endFull = addDays(afterTo, 1 - weekdayOf(afterTo));
  if (firstFull >= endFull) return [{ level: 2, from, to }];
  const ranges: StatsRange[] = [];
  if (from < firstFull) ranges.push({ level: 2, from, to: addDays(firstFull, -1) });
  ranges.push({ level: 3, from: firstFull, to: addDays(endFull, -1) });
  if (endFull <= to) ranges.push({ level: 2, from: endFull, to });
  return ranges;
}
