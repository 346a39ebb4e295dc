import { addDays, isDateInRange, isIsoDate, todayIn, type IsoDate } from "@/lib/dates";
import { averageCsat, netPromoterScore, npsGroup } from "@/lib/surveys/scores";
import { attainment } from "./attainment";
import {
  OPEN_STATUSES,
  SERVICE_STATUSES,
  SERVICE_TYPES,
  type ServiceStatus,
  type ServiceType,
} from "./types";

/**
 * The printed service report of one account (服务反馈报表, seed 002): its requests
 * received in a period, each SLA clock's outcome, totals and the period's survey answers.
 */
export type ReportPeriod = { from: IsoDate; to: IsoDate };

/** The calendar quarter that contains today in `timeZone` at `now`. */
export function currentQuarter(timeZone: string, now: Date): ReportPeriod {
  const today = todayIn(timeZone, now);
  const year = today.slice(0, 4);
  const first = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1;
  const from = `${year}-${String(first).padStart(2, "0")}-01`;
  const next =
    first === 10 ? `${Number(year) + 1}-01-01` : `${year}-${String(first + 3).padStart(2, "0")}-01`;
  return { from, to: addDays(next, -1) };
}

const validDay = (value: unknown): value is IsoDate =>
  typeof value === "string" && isIsoDate(value) && isDateInRange(value);

/**
 * The period from the URL (`from`, `to`, both `YYYY-MM-DD`); the current quarter when
 * either is missing or not a date, or when `from` is after `to`.
 */
export function reportPeriod(
  params: { from?: unknown; to?: unknown },
  timeZone: string,
  now: Date,
): ReportPeriod {
  const { from, to } = params;
  if (validDay(from) && validDay(to) && from <= to) return { from, to };
  return currentQuarter(timeZone, now);
}

/** How a clock ended: within its deadline, past it, or not decided yet. */
export type SlaOutcome = "met" | "missed" | "pending";

/** The fields of a request the outcomes are read from (the service dashboard's rules). */
export type ReportRequest = {
  type: ServiceType;
  status: ServiceStatus;
  firstRespondedAt: Date | null;
  firstResponseDueAt: Date;
  resolvedAt: Date | null;
  resolutionDueAt: Date | null;
  slaResolutionHours: number;
  slaUsedSeconds: number;
  slaRunningSince: Date | null;
};

export function firstResponseOutcome(r: ReportRequest, now: Date): SlaOutcome {
  if (r.firstRespondedAt) return r.firstRespondedAt <= r.firstResponseDueAt ? "met" : "missed";
  return r.firstResponseDueAt < now ? "missed" : "pending";
}

/**
 * Resolved: met when the working time used stayed within the budget (pauses while
 * waiting on the customer do not count). Open: missed once the running clock is past
 * its deadline, or a paused one has already used more than the budget.
 */
export function resolutionOutcome(r: ReportRequest, now: Date): SlaOutcome {
  const budget = r.slaResolutionHours * 3600;
  if (r.resolvedAt) return r.slaUsedSeconds <= budget ? "met" : "missed";
  if (!OPEN_STATUSES.includes(r.status)) return "pending";
  const late = r.slaRunningSince
    ? r.resolutionDueAt !== null && r.resolutionDueAt < now
    : r.slaUsedSeconds > budget;
  return late ? "missed" : "pending";
}

export type ReportSummary = {
  requests: number;
  byType: { type: ServiceType; count: number }[];
  byStatus: { status: ServiceStatus; count: number }[];
  firstResponse: { met: number; missed: number; pending: number; rate: number | null };
  resolution: { met: number; missed: number; pending: number; rate: number | null };
  escalations: number;
};

const tally = (outcomes: SlaOutcome[]) => {
  const met = outcomes.filter((o) => o === "met").length;
  const missed = outcomes.filter((o) => o === "missed").length;
  return { met, missed, pending: outcomes.length - met - missed, rate: attainment(met, missed) };
};

/** Totals by type and status (every value listed, zeros included) and SLA attainment. */
export function summarizeRequests(
  rows: readonly (ReportRequest & { escalations: number })[],
  now: Date,
): ReportSummary {
  return {
    requests: rows.length,
    byType: SERVICE_TYPES.map((type) => ({
      type,
      count: rows.filter((r) => r.type === type).length,
    })),
    byStatus: SERVICE_STATUSES.map((status) => ({
      status,
      count: rows.filter((r) => r.status === status).length,
    })),
    firstResponse: tally(rows.map((r) => firstResponseOutcome(r, now))),
    resolution: tally(rows.map((r) => resolutionOutcome(r, now))),
    escalations: rows.reduce((sum, r) => sum + r.escalations, 0),
  };
}

/** The period's survey answers in brief: how many, average CSAT and the NPS. */
export function summarizeAnswers(answers: readonly { csat: number; nps: number }[]) {
  const groups = answers.map((a) => npsGroup(a.nps));
  return {
    answers: answers.length,
    averageCsat: averageCsat(
      answers.reduce((sum, a) => sum + a.csat, 0),
      answers.length,
    ),
    nps: netPromoterScore({
      answers: answers.length,
      promoters: groups.filter((g) => g === "promoter").length,
      detractors: groups.filter((g) => g === "detractor").length,
    }),
  };
}
