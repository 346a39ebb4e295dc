import "server-only";
import { db } from "@/db";
import { purgeOutbox } from "@/lib/mail/outbox";
import { purgeReadNotifications } from "@/lib/notifications/notify";
import type { JobContext, JobDefinition } from "./registry";

const DAY_MS = 86_400_000;
/** Read notifications and outbox mails are kept this long. */
export const RETENTION_DAYS = { readNotifications: 90, outbox: 180 };

/** Daily clean-up: old read notifications and old outbox mails, in one transaction. */
export async function runHousekeeping(_data: unknown, { now }: JobContext) {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  return db.transaction(async (tx) => ({
    notifications: await purgeReadNotifications(tx, ago(RETENTION_DAYS.readNotifications)),
    mails: await purgeOutbox(tx, ago(RETENTION_DAYS.outbox)),
  }));
}

export const housekeepingJob: JobDefinition<Record<string, never>> = {
  name: "housekeeping",
  cron: "15 3 * * *",
  run: runHousekeeping,
};
