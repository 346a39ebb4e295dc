import { and, asc, eq, isNotNull } from "drizzle-orm";
import * as schema from "../schema";
import { addDays, todayIn } from "@/lib/dates";
import { isDemoAccount } from "./generated-codes";
import type { SeedDb as Db } from "./index";

const DAY = 86_400_000;

/**
 * A few return visits (回访) and follow-ups on the first accounts in execution, so a
 * fresh `npm run dev` shows the Tasks tab and the agenda: one due soon, one overdue,
 * one done with its outcome, and a follow-up. Idempotent by (trigger, source).
 */
export async function seedDemoTasks(db: Db) {
  const today = todayIn(process.env.PCRM_TIME_ZONE ?? "Asia/Shanghai", new Date());
  const now = Date.now();
  const inExecution = await db
    .select({
      id: schema.accounts.id,
      code: schema.accounts.code,
      ownerId: schema.accounts.ownerId,
    })
    .from(schema.accounts)
    .where(
      and(
        eq(schema.accounts.stage, "execution"),
        isNotNull(schema.accounts.ownerId),
        isDemoAccount,
      ),
    )
    .orderBy(asc(schema.accounts.code))
    .limit(3);
  for (const account of inExecution) {
    const [contact] = await db
      .select({ id: schema.stakeholders.id })
      .from(schema.stakeholders)
      .where(
        and(
          eq(schema.stakeholders.accountId, account.id),
          eq(schema.stakeholders.side, "customer"),
        ),
      )
      .limit(1);
    const base = { accountId: account.id, assigneeId: account.ownerId, createdById: null };
    const source = (name: string) => `demo:${account.code}:${name}`;
    await db
      .insert(schema.tasks)
      .values([
        {
          ...base,
          kind: "return_visit",
          triggerKey: "account_entered_execution",
          sourceId: source("execution"),
          windowStart: new Date(now - 3 * DAY),
          windowEndsOn: addDays(today, 4),
          dueDate: addDays(today, 4),
        },
        {
          ...base,
          kind: "return_visit",
          triggerKey: "visit_logged",
          sourceId: source("visit"),
          windowStart: new Date(now - 9 * DAY),
          windowEndsOn: addDays(today, -2),
          dueDate: addDays(today, -2),
        },
        {
          ...base,
          kind: "return_visit",
          triggerKey: "reception_logged",
          sourceId: source("reception"),
          windowStart: new Date(now - 14 * DAY),
          windowEndsOn: addDays(today, -7),
          dueDate: addDays(today, -7),
          status: "done",
          method: "phone",
          contactId: contact?.id ?? null,
          satisfaction: 5,
          completionNotes: "客户对接待安排满意，希望下月安排技术交流。",
          completedAt: new Date(now - 10 * DAY),
          completedById: account.ownerId,
        },
        {
          ...base,
          kind: "follow_up",
          title: "寄送第二批样品并确认颜色",
          triggerKey: "demo_follow_up",
          sourceId: source("follow-up"),
          windowStart: new Date(now - DAY),
          windowEndsOn: addDays(today, 2),
          dueDate: addDays(today, 2),
        },
      ])
      .onConflictDoNothing({ target: [schema.tasks.triggerKey, schema.tasks.sourceId] });
  }
}
