/** What a task is: a return visit (回访) after a trigger, or a follow-up. */
export const TASK_KINDS = ["return_visit", "follow_up"] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ["open", "done", "cancelled"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** How a return visit was made (seed 003 2.1 回访方式: 电话沟通、上门拜访、短信业务). */
export const RETURN_VISIT_METHODS = ["phone", "on_site", "sms_wechat"] as const;
export type ReturnVisitMethod = (typeof RETURN_VISIT_METHODS)[number];

/** Satisfaction (满意度) of a completed return visit: 1 (very unhappy) … 5 (very satisfied). */
export const SATISFACTION_MIN = 1;
export const SATISFACTION_MAX = 5;

/**
 * Events that create a return visit. The list of triggers is data
 * (`return_visit_triggers`: window and on/off per key); these are the keys the code
 * knows. `complaint_closed` and `order_delivered` are for the service and order features.
 */
export const RETURN_VISIT_TRIGGERS = [
  "account_entered_execution",
  "visit_logged",
  "reception_logged",
  "complaint_closed",
  "order_delivered",
] as const;
export type ReturnVisitTrigger = (typeof RETURN_VISIT_TRIGGERS)[number];

export const isReturnVisitTrigger = (value: unknown): value is ReturnVisitTrigger =>
  typeof value === "string" && (RETURN_VISIT_TRIGGERS as readonly string[]).includes(value);

/** The source key of a follow-up created from an activity's "next follow-up" date. */
export const ACTIVITY_FOLLOW_UP = "activity_follow_up";

/** Seed 003 2.5.2.1: 必须保证在一周之内回访 — within a week. */
export const DEFAULT_WINDOW_DAYS = 7;
export const MIN_WINDOW_DAYS = 1;
export const MAX_WINDOW_DAYS = 90;
