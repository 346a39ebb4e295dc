/**
 * Account health (客户健康度) from signals, each with the reason a person reads.
 * Pure: the facts come from SQL (db/queries/health.ts), the clock is a parameter.
 * A signal from a feature not built yet gets `null` facts and simply does not fire.
 */

export const HEALTH_SIGNALS = [
  "noActivity",
  "overdueReturnVisits",
  "complaintsPastSla",
  "abcDowngrade",
  "revenueFalling",
  "lowSatisfaction",
] as const;
export type HealthSignalCode = (typeof HEALTH_SIGNALS)[number];

export const HEALTH_LEVELS = ["healthy", "watch", "at_risk"] as const;
export type HealthLevel = (typeof HEALTH_LEVELS)[number];

export type HealthFacts = {
  /** When the account was created: "no activity" counts from it when nothing was ever logged. */
  createdAt: Date;
  lastActivityAt: Date | null;
  /** Open return visits and follow-ups past their due day. */
  overdueTasks: number;
  /** Open complaints whose resolution is past its SLA. */
  complaintsPastSla: number;
  /** The latest ABC change, if it was a downgrade (null: no class yet or no downgrade). */
  abcDowngrade: { from: string; to: string; at: Date } | null;
  /** Revenue (minor units) in the recent period and the same period a year earlier; null: no orders feature. */
  revenue: { recent: number; yearAgo: number } | null;
  /** Average satisfaction 1–5 of recent completed return visits. */
  satisfaction: { average: number; answers: number } | null;
  /**
   * Recent satisfaction survey answers (lib/surveys): average CSAT 1–5 and average
   * likelihood to recommend (NPS question) 0–10; null: none answered.
   */
  surveys: { csatAverage: number; npsAverage: number; answers: number } | null;
};

export type HealthSettings = {
  inactiveDays: number;
  downgradeWithinDays: number;
  /** Revenue falling by at least this share against a year ago (0.3 = 30 %). */
  revenueDropShare: number;
  /** An average (return visits and survey CSAT, 1–5) at or below this is low. */
  lowSatisfaction: number;
  /** An average likelihood to recommend (0–10) at or below this is low: the detractors' band. */
  lowRecommendation: number;
};

export const DEFAULT_HEALTH_SETTINGS: HealthSettings = {
  inactiveDays: 45,
  downgradeWithinDays: 90,
  revenueDropShare: 0.3,
  lowSatisfaction: 2.5,
  lowRecommendation: 6,
};

/** How many points each signal takes off 100. */
const WEIGHT: Record<HealthSignalCode, number> = {
  noActivity: 30,
  overdueReturnVisits: 20,
  complaintsPastSla: 30,
  abcDowngrade: 20,
  revenueFalling: 30,
  lowSatisfaction: 25,
};

export type HealthSignal = {
  code: HealthSignalCode;
  weight: number;
  /** The numbers the reason sentence names (days, counts, classes, percent). */
  params: Record<string, string | number>;
  /** The reason's message key under value.health.signal when it is not the code. */
  reason?: string;
};

export type Health = { score: number; level: HealthLevel; signals: HealthSignal[] };

const DAY = 86_400_000;
const wholeDays = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY);

/** Levels by score: 80+ healthy, 50–79 watch, below 50 at risk. */
export function levelOf(score: number): HealthLevel {
  if (score >= 80) return "healthy";
  if (score >= 50) return "watch";
  return "at_risk";
}

export function healthOf(
  facts: HealthFacts,
  now: Date,
  settings: HealthSettings = DEFAULT_HEALTH_SETTINGS,
): Health {
  const signals: HealthSignal[] = [];
  const add = (code: HealthSignalCode, params: HealthSignal["params"], reason?: string) =>
    signals.push({ code, weight: WEIGHT[code], params, ...(reason ? { reason } : {}) });

  const since = facts.lastActivityAt ?? facts.createdAt;
  const idle = wholeDays(since, now);
  if (idle >= settings.inactiveDays) {
    add("noActivity", {
      days: idle,
      limit: settings.inactiveDays,
      never: facts.lastActivityAt ? 0 : 1,
    });
  }
  if (facts.overdueTasks > 0) add("overdueReturnVisits", { count: facts.overdueTasks });
  if (facts.complaintsPastSla > 0) add("complaintsPastSla", { count: facts.complaintsPastSla });
  const down = facts.abcDowngrade;
  if (down && wholeDays(down.at, now) <= settings.downgradeWithinDays) {
    add("abcDowngrade", {
      from: down.from,
      to: down.to,
      days: Math.max(0, wholeDays(down.at, now)),
    });
  }
  const revenue = facts.revenue;
  if (revenue && revenue.yearAgo > 0) {
    const change = (revenue.recent - revenue.yearAgo) / revenue.yearAgo;
    if (-change >= settings.revenueDropShare) {
      add("revenueFalling", { percent: Math.round(-change * 100) });
    }
  }
  const low = lowSatisfaction(facts, settings);
  if (low) add("lowSatisfaction", low.params, low.reason);
  const score = Math.max(0, 100 - signals.reduce((sum, s) => sum + s.weight, 0));
  return { score, level: levelOf(score), signals };
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * Low satisfaction, one signal from two sources: the average of every recent 1–5
 * score, return visits' satisfaction and survey answers' CSAT alike, each answer
 * counting once; else, when that is fine, survey answers whose average likelihood to
 * recommend is in the detractors' band (0–6).
 */
function lowSatisfaction(
  facts: HealthFacts,
  settings: HealthSettings,
): { params: HealthSignal["params"]; reason?: string } | null {
  const visits = facts.satisfaction?.answers ? facts.satisfaction : null;
  const surveys = facts.surveys?.answers ? facts.surveys : null;
  const answers = (visits?.answers ?? 0) + (surveys?.answers ?? 0);
  if (answers === 0) return null;
  const sum =
    (visits ? visits.average * visits.answers : 0) +
    (surveys ? surveys.csatAverage * surveys.answers : 0);
  const average = sum / answers;
  if (average <= settings.lowSatisfaction) {
    return { params: { average: oneDecimal(average), answers } };
  }
  if (surveys && surveys.npsAverage <= settings.lowRecommendation) {
    return {
      params: { nps: oneDecimal(surveys.npsAverage), surveys: surveys.answers },
      reason: "lowRecommendation",
    };
  }
  return null;
}
