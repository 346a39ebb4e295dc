/**
 * What a notification can be about. Each kind has a title in
 * `messages/notifications` (`kinds.<kind>`) filled from the notification's params;
 * later features add their kinds here (reminder, overdue, assignment, …).
 */
export const NOTIFICATION_KINDS = [
  "jobFailed",
  /** A return visit or follow-up is due soon (day 5 of a return visit's window). */
  "taskReminder",
  /** A return visit or follow-up is past its due date. */
  "taskOverdue",
  /** Someone else assigned you a return visit or follow-up. */
  "taskAssigned",
  /** A service request reached a step of its escalation ladder. */
  "serviceEscalated",
  /** A service request was not answered in time and reached a first-response step. */
  "serviceFirstResponseOverdue",
  /** A survey answer was a detractor's: a complaint was opened on your account. */
  "surveyDetractor",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationParams = Record<string, string | number>;
