import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { accounts, activities, activityFilingLimits, stakeholders, users } from "@/db/schema";
import { DEFAULT_FILING_LIMIT_HOURS, type FilingLimits } from "@/lib/activities/filing";
import { ACTIVITY_TYPES, type ActivityType } from "@/lib/activities/types";
import type { Actor } from "@/lib/policy";
import { visibleAccounts } from "./visibility";

/** Filing limits in hours per activity type: the admin's settings over the defaults. */
export async function getFilingLimits(tx: Tx | typeof db = db): Promise<FilingLimits> {
  const rows = await tx.select().from(activityFilingLimits);
  const limits = { ...DEFAULT_FILING_LIMIT_HOURS };
  for (const row of rows) limits[row.type] = row.hours;
  return limits;
}

/** Every type's limit with its version (0 = the default, never saved), for the admin page. */
export async function listFilingLimits() {
  const rows = await db.select().from(activityFilingLimits);
  const saved = new Map(rows.map((r) => [r.type, r]));
  return ACTIVITY_TYPES.map((type) => ({
    type,
    hours: saved.get(type)?.hours ?? DEFAULT_FILING_LIMIT_HOURS[type],
    version: saved.get(type)?.version ?? 0,
  }));
}

/** Most activities one account page lists at once. */
export const ACTIVITY_PAGE = 100;

/**
 * An account's activities, newest first (by when they happened), optionally of one
 * type, with the names of the contacts and participants — if the caller sees the account.
 */
export async function listActivities({
  actor,
  accountId,
  type,
  limit = ACTIVITY_PAGE,
}: {
  actor: Actor;
  accountId: string;
  type?: ActivityType;
  limit?: number;
}) {
  const rows = await db
    .select({ activity: activities, loggedByName: users.name })
    .from(activities)
    .innerJoin(accounts, eq(accounts.id, activities.accountId))
    .leftJoin(users, eq(users.id, activities.loggedById))
    .where(
      and(
        eq(activities.accountId, accountId),
        type ? eq(activities.type, type) : undefined,
        visibleAccounts(actor),
      ),
    )
    .orderBy(desc(activities.occurredAt), desc(activities.id))
    .limit(limit);
  const contactIds = [...new Set(rows.flatMap((r) => r.activity.contactIds))];
  const participantIds = [...new Set(rows.flatMap((r) => r.activity.participantIds))];
  const [contacts, participants] = await Promise.all([
    contactIds.length
      ? db
          .select({ id: stakeholders.id, name: stakeholders.name })
          .from(stakeholders)
          .where(inArray(stakeholders.id, contactIds))
      : [],
    participantIds.length
      ? db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, participantIds))
      : [],
  ]);
  const contactName = new Map(contacts.map((c) => [c.id, c.name]));
  const participantName = new Map(participants.map((p) => [p.id, p.name]));
  return rows.map(({ activity, loggedByName }) => ({
    ...activity,
    loggedByName,
    contacts: activity.contactIds.flatMap((id) => {
      const name = contactName.get(id);
      return name ? [{ id, name }] : [];
    }),
    participants: activity.participantIds.flatMap((id) => {
      const name = participantName.get(id);
      return name ? [{ id, name }] : [];
    }),
  }));
}
export type ActivityRow = Awaited<ReturnType<typeof listActivities>>[number];
