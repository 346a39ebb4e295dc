/**
 * What a notification can be about. Each kind has a title in
 * `messages/notifications` (`kinds.<kind>`) filled from the notification's params;
 * later features add their kinds here (reminder, overdue, assignment, …).
 */
export const NOTIFICATION_KINDS = ["jobFailed"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationParams = Record<string, string | number>;
