import { zonedTime } from "@/lib/calendar/zone";
import type { IsoDate } from "@/lib/dates";
import type { TaskStatus } from "./types";

/**
 * Return-visit coverage (seed 003: 必须保证客户的100%的回访, within a week):
 * return visits completed within their window ÷ return visits triggered, per
 * manager (the task's assignee) and per quarter of the trigger (in the organisation's
 * time zone). The window is the original one (`window_ends_on`): rescheduling a
 * return visit moves its due date, not the window it is measured against. A
 * cancelled return visit was triggered and not made, so it counts as missed.
 */
export type CoverageRow = {
  assigneeId: string | null;
  windowStart: Date;
  windowEndsOn: IsoDate;
  status: TaskStatus;
  completedAt: Date | null;
};

export type Coverage = {
  assigneeId: string | null;
  /** `2026-Q4`. */
  quarter: string;
  triggered: number;
  completedInWindow: number;
  /** Still open with the window not over: neither covered nor missed yet. */
  pending: number;
  /** Window over and not completed within it (late, still open, or cancelled). */
  missed: number;
  /** completedInWindow ÷ triggered, 0…1; null when nothing was triggered. */
  coverage: number | null;
};

export function quarterOf(date: IsoDate): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** How one return visit counts on `today`. */
export function coverageOutcome(
  row: Omit<CoverageRow, "assigneeId" | "windowStart">,
  today: IsoDate,
  timeZone: string,
): "covered" | "pending" | "missed" {
  if (row.status === "done" && row.completedAt) {
    return zonedTime(row.completedAt, timeZone).date <= row.windowEndsOn ? "covered" : "missed";
  }
  if (row.status === "open" && today <= row.windowEndsOn) return "pending";
  return "missed";
}

export const coverageRatio = (completedInWindow: number, triggered: number) =>
  triggered === 0 ? null : completedInWindow / triggered;

/** Coverage per (assignee, quarter), sorted by quarter then assignee. */
export function coverageByManagerQuarter(
  rows: readonly CoverageRow[],
  { today, timeZone }: { today: IsoDate; timeZone: string },
): Coverage[] {
  const groups = new Map<string, Coverage>();
  for (const row of rows) {
    const quarter = quarterOf(zonedTime(row.windowStart, timeZone).date);
    const key = `${quarter}|${row.assigneeId ?? ""}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        assigneeId: row.assigneeId,
        quarter,
        triggered: 0,
        completedInWindow: 0,
        pending: 0,
        missed: 0,
        coverage: null,
      };
      groups.set(key, group);
    }
    group.triggered++;
    const outcome = coverageOutcome(row, today, timeZone);
    if (outcome === "covered") group.completedInWindow++;
    else group[outcome]++;
  }
  return [...groups.values()]
    .map((g) => ({ ...g, coverage: coverageRatio(g.completedInWindow, g.triggered) }))
    .sort(
      (a, b) =>
        a.quarter.localeCompare(b.quarter) ||
        (a.assigneeId ?? "").localeCompare(b.assigneeId ?? ""),
    );
}
