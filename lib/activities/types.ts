/** Kinds of activity a customer manager logs (seed 003: 电话, 拜访, 会议, 接待, 邮件, 备注). */
export const ACTIVITY_TYPES = ["call", "visit", "meeting", "reception", "email", "note"] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const isActivityType = (value: unknown): value is ActivityType =>
  typeof value === "string" && (ACTIVITY_TYPES as readonly string[]).includes(value);
