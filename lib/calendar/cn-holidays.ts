import { addDays, type IsoDate } from "@/lib/dates";

export const FESTIVALS = [
  "newYear",
  "springFestival",
  "qingming",
  "labourDay",
  "dragonBoat",
  "midAutumn",
  "nationalDay",
] as const;
export type Festival = (typeof FESTIVALS)[number];

export const CALENDAR_DAY_KINDS = ["holiday", "makeUpDay"] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export type CalendarDaySeed = {
  date: IsoDate;
  kind: CalendarDayKind;
  festival: Festival;
  /** Not from an official announcement yet: to be checked and corrected by an admin. */
  provisional: boolean;
};

function days(
  festival: Festival,
  first: IsoDate,
  count: number,
  makeUp: IsoDate[] = [],
  provisional = false,
): CalendarDaySeed[] {
  const off = Array.from({ length: count }, (_, i) => ({
    date: addDays(first, i),
    kind: "holiday" as const,
    festival,
    provisional,
  }));
  const on = makeUp.map((date) => ({ date, kind: "makeUpDay" as const, festival, provisional }));
  return [...off, ...on];
}

/**
 * 2026: the State Council's announcement (国务院办公厅关于2026年部分节假日安排的通知,
 * 4 November 2025), holidays with their make-up working days.
 */
export const CN_2026: CalendarDaySeed[] = [
  ...days("newYear", "2026-01-01", 3, ["2026-01-04"]),
  ...days("springFestival", "2026-02-15", 9, ["2026-02-14", "2026-02-28"]),
  ...days("qingming", "2026-04-04", 3),
  ...days("labourDay", "2026-05-01", 5, ["2026-05-09"]),
  ...days("dragonBoat", "2026-06-19", 3),
  ...days("midAutumn", "2026-09-25", 3),
  ...days("nationalDay", "2026-10-01", 7, ["2026-09-20", "2026-10-10"]),
];

/**
 * 2027, PROVISIONAL: the statutory holidays of 全国年节及纪念日放假办法 (2024 revision)
 * on 2027's dates — New Year 1 day, Spring Festival 4 (除夕 to 初三), Qingming 1,
 * Labour Day 2, Dragon Boat 1, Mid-Autumn 1, National Day 3 — without the bridging
 * days and make-up working days the State Council announces each November. Marked
 * provisional so the admin calendar page asks for the official schedule.
 */
export const CN_2027_PROVISIONAL: CalendarDaySeed[] = [
  ...days("newYear", "2027-01-01", 1, [], true),
  ...days("springFestival", "2027-02-05", 4, [], true),
  ...days("qingming", "2027-04-05", 1, [], true),
  ...days("labourDay", "2027-05-01", 2, [], true),
  ...days("dragonBoat", "2027-06-09", 1, [], true),
  ...days("midAutumn", "2027-09-15", 1, [], true),
  ...days("nationalDay", "2027-10-01", 3, [], true),
];

export const CN_CALENDAR_SEED = [...CN_2026, ...CN_2027_PROVISIONAL];
