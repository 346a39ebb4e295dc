/**
 * Quarters of the customer relationship report (客户关系报告, seed 001), written
 * "2026-Q3": the key of a report, and the period its numbers cover.
 */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;

const QUARTER = /^(\d{4})-Q([1-4])$/;

export const isQuarter = (value: unknown): value is Quarter =>
  typeof value === "string" && QUARTER.test(value);

/** The quarter a day (YYYY-MM-DD) falls in. */
export function quarterOf(day: string): Quarter {
  const month = Number(day.slice(5, 7));
  return `${Number(day.slice(0, 4))}-Q${(Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4}`;
}

/** The quarter's first and last day. */
export function quarterDays(quarter: Quarter): { from: string; to: string } {
  const [, year, q] = QUARTER.exec(quarter)!;
  const first = (Number(q) - 1) * 3 + 1;
  const last = first + 2;
  const lastDay = new Date(Date.UTC(Number(year), last, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, "0");
  return { from: `${year}-${mm(first)}-01`, to: `${year}-${mm(last)}-${lastDay}` };
}

/** The quarter `n` quarters before `quarter` (negative: after). */
export function quarterBefore(quarter: Quarter, n = 1): Quarter {
  const [, year, q] = QUARTER.exec(quarter)!;
  const index = Number(year) * 4 + Number(q) - 1 - n;
  return `${Math.floor(index / 4)}-Q${((index % 4) + 1) as 1 | 2 | 3 | 4}`;
}

/** Whether `quarter` is over on `today` (YYYY-MM-DD): only then may its report be finalised. */
export const quarterEnded = (quarter: Quarter, today: string) => quarterDays(quarter).to < today;

/**
 * The quarter a report opens on: the one asked for when well-formed and not in the
 * future, else the last whole quarter before `today` (a report is for a quarter past).
 */
export function reportQuarter(asked: unknown, today: string): Quarter {
  const current = quarterOf(today);
  if (isQuarter(asked) && asked <= current) return asked;
  return quarterBefore(current);
}
