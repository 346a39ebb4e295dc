import "server-only";
import { and, asc, count, eq, gte, inArray, lt, lte, ne, or, sql } from "drizzle-orm";
import { db } from "@/db";
import { accounts, activities, tasks } from "@/db/schema";
import { zonedInstant } from "@/lib/calendar/zone";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/policy";
import { addDays, type IsoDate } from "@/lib/dates";
import { AGENDA_DAYS_AHEAD, quarterOfDate, type Week } from "@/lib/agenda/week";
import { coverageByManagerQuarter, type Coverage } from "@/lib/tasks/coverage";
import { visibleAccounts } from "./visibility";

/** Most tasks each of the agenda's lists shows (the overdue one says how many in all). */
export const AGENDA_LIST_SIZE = 20;

const agendaColumns = {
  id: tasks.id,
  kind: tasks.kind,
  title: tasks.title,
  triggerKey: tasks.triggerKey,
  dueDate: tasks.dueDate,
  status: tasks.status,
  accountId: tasks.accountId,
  accountName: accounts.name,
};
export type AgendaTask = {
  id: string;
  kind: "return_visit" | "follow_up";
  title: string;
  triggerKey: string | null;
  dueDate: IsoDate;
  status: "open" | "done" | "cancelled";
  accountId: string;
  accountName: string;
};

/** Open tasks assigned to the actor on accounts they see, with `where` added. */
const myOpenTasks = (actor: Actor) =>
  and(eq(tasks.assigneeId, actor.id), eq(tasks.status, "open"), visibleAccounts(actor));

/**
 * "My agenda": the open return visits and follow-ups assigned to the actor — overdue
 * (oldest first, with how many in all), and due from today to 7 days ahead (soonest
 * first) — on the accounts they see. lib/agenda/week.ts sorts them into lists.
 */
export async function myAgendaTasks({ actor, today }: { actor: Actor; today: IsoDate }) {
  const [overdue, overdueTotal, soon] = await Promise.all([
    db
      .select(agendaColumns)
      .from(tasks)
      .innerJoin(accounts, eq(accounts.id, tasks.accountId))
      .where(and(myOpenTasks(actor), lt(tasks.dueDate, today)))
      .orderBy(asc(tasks.dueDate), asc(accounts.name), asc(tasks.id))
      .limit(AGENDA_LIST_SIZE),
    db
      .select({ n: count() })
      .from(tasks)
      .innerJoin(accounts, eq(accounts.id, tasks.accountId))
      .where(and(myOpenTasks(actor), lt(tasks.dueDate, today))),
    db
      .select(agendaColumns)
      .from(tasks)
      .innerJoin(accounts, eq(accounts.id, tasks.accountId))
      .where(
        and(
          myOpenTasks(actor),
          gte(tasks.dueDate, today),
          lte(tasks.dueDate, addDays(today, AGENDA_DAYS_AHEAD)),
        ),
      )
      .orderBy(asc(tasks.dueDate), asc(accounts.name), asc(tasks.id))
      .limit(AGENDA_LIST_SIZE * 2),
  ]);
  return {
    overdue: overdue as AgendaTask[],
    overdueTotal: overdueTotal[0]?.n ?? 0,
    soon: soon as AgendaTask[],
  };
}

/**
 * The actor's return-visit coverage this quarter (lib/tasks/coverage.ts): return
 * visits assigned to them and triggered this quarter, on accounts they see.
 */
export async function myQuarterCoverage({
  actor,
  today,
}: {
  actor: Actor;
  today: IsoDate;
}): Promise<Coverage> {
  const zone = env.PCRM_TIME_ZONE;
  const quarter = quarterOfDate(today);
  const rows = await db
    .select({
      assigneeId: tasks.assigneeId,
      windowStart: tasks.windowStart,
      windowEndsOn: tasks.windowEndsOn,
      status: tasks.status,
      completedAt: tasks.completedAt,
    })
    .from(tasks)
    .innerJoin(accounts, eq(accounts.id, tasks.accountId))
    .where(
      and(
        eq(tasks.assigneeId, actor.id),
        eq(tasks.kind, "return_visit"),
        gte(tasks.windowStart, zonedInstant(quarter.from, 0, zone)),
        lt(tasks.windowStart, zonedInstant(quarter.to, 0, zone)),
        visibleAccounts(actor),
      ),
    );
  const [mine] = coverageByManagerQuarter(rows, { today, timeZone: zone });
  return (
    mine ?? {
      assigneeId: actor.id,
      quarter: "",
      triggered: 0,
      completedInWindow: 0,
      pending: 0,
      missed: 0,
      coverage: null,
    }
  );
}

export type WeekActivity = {
  id: string;
  type: string;
  subject: string;
  occurredAt: Date;
  accountId: string;
  accountName: string;
};

/**
 * The week calendar: activities the actor logged or took part in, and their tasks
 * (open or done) due that week, on the accounts they see.
 */
export async function myWeek({ actor, week }: { actor: Actor; week: Week }) {
  const zone = env.PCRM_TIME_ZONE;
  const [weekActivities, weekTasks] = await Promise.all([
    db
      .select({
        id: activities.id,
        type: activities.type,
        subject: activities.subject,
        occurredAt: activities.occurredAt,
        accountId: activities.accountId,
        accountName: accounts.name,
      })
      .from(activities)
      .innerJoin(accounts, eq(accounts.id, activities.accountId))
      .where(
        and(
          or(
            eq(activities.loggedById, actor.id),
            sql`${activities.participantIds} @> array[${actor.id}]::uuid[]`,
          ),
          gte(activities.occurredAt, zonedInstant(week.start, 0, zone)),
          lt(activities.occurredAt, zonedInstant(week.end, 0, zone)),
          visibleAccounts(actor),
        ),
      )
      .orderBy(asc(activities.occurredAt), asc(activities.id))
      .limit(500),
    db
      .select(agendaColumns)
      .from(tasks)
      .innerJoin(accounts, eq(accounts.id, tasks.accountId))
      .where(
        and(
          eq(tasks.assigneeId, actor.id),
          ne(tasks.status, "cancelled"),
          inArray(tasks.dueDate, week.days),
          visibleAccounts(actor),
        ),
      )
      .orderBy(asc(tasks.dueDate), asc(accounts.name), asc(tasks.id))
      .limit(500),
  ]);
  return { activities: weekActivities as WeekActivity[], tasks: weekTasks as AgendaTask[] };
}
