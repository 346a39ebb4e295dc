import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { accounts } from "@/db/schema";
import { notify } from "@/lib/notifications/notify";
import type { TaskKind } from "./types";

/** The link of every task notification: the account's Tasks tab. */
export const taskLink = (accountId: string) => `/accounts/${accountId}?tab=tasks`;

/**
 * Tells a task's assignee that someone else assigned it to them (a task made by hand
 * for a colleague, a reassignment), in the action's transaction. Assigning oneself,
 * or leaving a task unassigned, notifies nobody. Returns how many were notified.
 */
export async function notifyTaskAssigned(
  tx: Tx,
  task: {
    id: string;
    kind: TaskKind;
    accountId: string;
    assigneeId: string | null;
    dueDate: string;
  },
  actor: { id: string; name: string },
): Promise<number> {
  if (!task.assigneeId || task.assigneeId === actor.id) return 0;
  const [account] = await tx
    .select({ name: accounts.name })
    .from(accounts)
    .where(eq(accounts.id, task.accountId));
  return notify(tx, {
    userIds: [task.assigneeId],
    kind: "taskAssigned",
    params: {
      taskKind: task.kind,
      account: account?.name ?? "",
      due: task.dueDate,
      by: actor.name,
    },
    link: taskLink(task.accountId),
    dedupeKey: `taskAssigned:${task.id}:${task.assigneeId}:${task.dueDate}`,
  });
}
