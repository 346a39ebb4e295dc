import { TaskList, type ListedTask } from "@/components/tasks/task-list";
import { listStakeholders } from "@/db/queries/stakeholders";
import { listAccountTasks } from "@/db/queries/tasks";
import type { AccountDetail } from "@/db/queries/accounts";
import { todayIn } from "@/lib/dates";
import { env } from "@/lib/env";
import { can, type Actor } from "@/lib/policy";
import { daysOverdue } from "@/lib/tasks/rules";

/** The account page's Tasks tab: return visits (回访) and follow-ups with their forms. */
export async function TasksPanel({ detail, user }: { detail: AccountDetail; user: Actor }) {
  const { account } = detail;
  const resource = { ownerId: account.ownerId, teamMemberIds: detail.team.map((m) => m.id) };
  const canEdit = can(user, "account.update", resource);
  const [rows, stakeholders] = await Promise.all([
    listAccountTasks({ actor: user, accountId: account.id }),
    listStakeholders({ actor: user, accountId: account.id }),
  ]);
  const today = todayIn(env.PCRM_TIME_ZONE, new Date());
  const tasks: ListedTask[] = rows.map(({ task, assigneeName, completedByName, contactName }) => ({
    id: task.id,
    version: task.version,
    kind: task.kind,
    status: task.status,
    title: task.title,
    notes: task.notes,
    triggerKey: task.triggerKey,
    dueDate: task.dueDate,
    daysOverdue: daysOverdue(task, today),
    assigneeName,
    rescheduleReason: task.rescheduleReason,
    method: task.method,
    satisfaction: task.satisfaction,
    contactName,
    completionNotes: task.completionNotes,
    completedAt: task.completedAt,
    completedByName,
    canComplete: can(user, "task.complete", { ...resource, assigneeId: task.assigneeId }),
    canChange: canEdit,
  }));
  const owner = account.ownerId ? [{ id: account.ownerId, name: detail.ownerName ?? "—" }] : [];
  const team = [...owner, ...detail.team.filter((m) => m.id !== account.ownerId)];
  return (
    <TaskList
      accountId={account.id}
      tasks={tasks}
      contacts={stakeholders
        .filter((s) => s.side === "customer")
        .map((s) => ({ id: s.id, name: s.name }))}
      team={team.map((m) => ({ id: m.id, name: m.name }))}
      defaultAssignee={account.ownerId ?? team[0]?.id ?? ""}
      today={today}
      canAdd={canEdit && team.length > 0}
    />
  );
}
