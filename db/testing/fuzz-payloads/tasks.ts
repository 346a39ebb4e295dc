import { account, type Entries } from "./shared";

/** app/(app)/accounts/[id]/task-actions.ts */
export const tasksPayloads: Entries = {
  completeReturnVisitAction: {
    as: "owner",
    base: (w) => ({
      id: w.returnVisit.id,
      version: w.returnVisit.version,
      fields: { method: "phone", contactId: w.stakeholder.id, satisfaction: "4", notes: "满意" },
    }),
  },
  completeTaskAction: {
    as: "owner",
    base: (w) => ({ id: w.followUp.id, version: w.followUp.version, fields: { notes: "已跟进" } }),
  },
  createFollowUpAction: {
    as: "owner",
    base: (w) => ({
      ...account(w),
      fields: { title: "寄送样品", notes: "", dueDate: "2099-01-05", assigneeId: w.users.owner.id },
    }),
  },
  rescheduleTaskAction: {
    as: "owner",
    base: (w) => ({
      id: w.returnVisit.id,
      version: w.returnVisit.version,
      fields: { dueDate: "2099-01-06", reason: "客户出差" },
    }),
  },
  cancelTaskAction: {
    as: "owner",
    base: (w) => ({
      id: w.followUp.id,
      version: w.followUp.version,
      fields: { reason: "客户已取消" },
    }),
  },
};
