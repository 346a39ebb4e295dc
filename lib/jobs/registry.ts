import type { Queue } from "pg-boss";
import { outboxRetryJob } from "@/lib/mail/resend";
import { escalationSweepJob } from "@/lib/service/sweep";
import { importCheckJob, importRunJob } from "@/lib/import/jobs";
import { surveyCampaignJob, surveyRemindersJob } from "@/lib/surveys/jobs";
import { abcRecomputeJob } from "./abc-recompute";
import { accountForecastsJob } from "./account-forecasts";
import { accountHealthJob } from "./account-health";
import { forecastBacktestJob } from "./forecast-backtest";
import { housekeepingJob } from "./housekeeping";
import { taskOverdueJob, taskRemindersJob } from "./task-sweeps";

export type JobContext = {
  /** The clock: time rules in jobs read it from here, so tests can move it. */
  now: Date;
};

/** A background job: its queue, what it does, and optionally when it runs by itself. */
export type JobDefinition<T = never> = {
  /** Queue name (kebab-case). */
  name: string;
  run: (data: T, ctx: JobContext) => Promise<unknown>;
  /** Cron expression in PCRM_TIME_ZONE; pg-boss sends one job per occurrence across instances. */
  cron?: string;
  /**
   * Queue options. The default policy is `exclusive`: one job per singleton key
   * queued or running at a time, so a sweep never runs twice at once.
   */
  queue?: Omit<Queue, "name">;
};

/** Every job the worker runs. Later features add theirs here. */
export const JOBS: JobDefinition<never>[] = [
  housekeepingJob,
  taskRemindersJob,
  taskOverdueJob,
  escalationSweepJob,
  importCheckJob as JobDefinition<never>,
  importRunJob as JobDefinition<never>,
  surveyCampaignJob,
  surveyRemindersJob,
  abcRecomputeJob,
  accountHealthJob,
  forecastBacktestJob,
  accountForecastsJob,
  outboxRetryJob,
];

export const QUEUE_DEFAULTS: Omit<Queue, "name"> = {
  policy: "exclusive",
  retryLimit: 3,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 15 * 60,
  // Failed jobs stay two weeks for the admin page; completed ones a week.
  deleteAfterSeconds: 14 * 24 * 3600,
};
