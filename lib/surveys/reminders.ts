/**
 * When an unanswered survey link is reminded and when it expires, counted from
 * when it was sent: reminders on day 7 and day 14, expiry on day 30.
 */
export const REMINDER_DAYS = [7, 14] as const;
export const EXPIRY_DAYS = 30;

const DAY_MS = 24 * 3600 * 1000;

export const expiresAtFor = (sentAt: Date) => new Date(sentAt.getTime() + EXPIRY_DAYS * DAY_MS);

/**
 * The number of the reminder due at `now` (1 or 2), or null: none left, not yet, the
 * link answered or expired. One reminder per run: a link reminded once that is already
 * past day 14 gets the second on the next run, never two at once.
 */
export function reminderDue(
  invitation: { sentAt: Date; expiresAt: Date; answeredAt: Date | null; remindersSent: number },
  now: Date,
): 1 | 2 | null {
  if (invitation.answeredAt || now >= invitation.expiresAt) return null;
  const next = invitation.remindersSent;
  if (next >= REMINDER_DAYS.length) return null;
  const dueAt = invitation.sentAt.getTime() + REMINDER_DAYS[next]! * DAY_MS;
  return now.getTime() >= dueAt ? ((next + 1) as 1 | 2) : null;
}

/** Whether a link can still be answered at `now`. */
export const isAnswerable = (invitation: { expiresAt: Date; answeredAt: Date | null }, now: Date) =>
  !invitation.answeredAt && now < invitation.expiresAt;
