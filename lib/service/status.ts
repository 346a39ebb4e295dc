import type { ServiceStatus } from "./types";

/**
 * Allowed status changes: forward through the work, back to "in progress" from
 * waiting on the customer, and reopen (resolved or closed → in progress).
 */
export const STATUS_TRANSITIONS: Record<ServiceStatus, readonly ServiceStatus[]> = {
  new: ["acknowledged", "in_progress", "waiting_on_customer", "resolved"],
  acknowledged: ["in_progress", "waiting_on_customer", "resolved"],
  in_progress: ["waiting_on_customer", "resolved"],
  waiting_on_customer: ["in_progress", "resolved"],
  resolved: ["closed", "in_progress"],
  closed: ["in_progress"],
};

export const canChangeStatus = (from: ServiceStatus, to: ServiceStatus) =>
  STATUS_TRANSITIONS[from].includes(to);

/** Reopening: a resolved or closed request taken up again. */
export const isReopen = (from: ServiceStatus, to: ServiceStatus) =>
  (from === "resolved" || from === "closed") && to === "in_progress";

/** Whether the request is finished with (its clocks stopped). */
export const isDone = (status: ServiceStatus) => status === "resolved" || status === "closed";
