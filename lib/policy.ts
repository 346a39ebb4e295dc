import type { Role } from "@/db/schema/users";

export type Actor = { id: string; role: Role };

/** What an account looks like to the policy: its owner and account team. */
export type AccountResource = { ownerId: string | null; teamMemberIds?: readonly string[] };

/** A service request to the policy: its account's owner and team, and the request's own owner. */
export type ServiceResource = AccountResource & { requestOwnerId?: string | null };
/** A task on an account: the account's owner and team, and who the task is assigned to. */
export type TaskResource = AccountResource & { assigneeId?: string | null };

export type PolicyAction =
  | "user.manage"
  | "user.changeOwnPassword"
  | "signInLock.manage"
  | "referenceData.manage"
  | "stageSettings.manage"
  | "calendar.manage"
  | "jobs.manage"
  | "outbox.read"
  | "template.manage"
  | "account.create"
  | "account.read"
  | "account.update"
  | "task.read"
  | "task.complete"
  | "account.assign"
  | "account.editCode"
  | "stage.move"
  | "churn.manage"
  | "abc.manage"
  | "relationshipReport.read"
  | "relationshipReport.write"
  | "stage.override"
  | "approval.decide"
  | "dashboard.view"
  | "dashboard.viewAll"
  | "service.read"
  | "service.work"
  | "service.reassign"
  | "slaPolicy.manage"
  | "escalationLadder.manage"
  | "import.run"
  | "import.anyOwner"
  | "product.manage"
  | "order.work"
  | "survey.send"
  | "survey.manage";

/** Who an account's rules look at: a user's role is enough for the role-only rules. */
type HasRole = { role: Role };

/**
 * Who may own an account: customer managers (客户经理), the account's project
 * manager. Directors and admins assign owners and see every account; executives
 * only read. Owner pickers and owner filters offer exactly these users.
 */
export const canOwnAccounts = ({ role }: HasRole) => role === "manager";

/** Directors and admins: assign owners, edit codes, override gates, decide approvals. */
const leads = ({ role }: HasRole) => role === "director" || role === "admin";

/** Whether the role changes accounts at all (ownership aside): executives only read. */
export const worksOnAccounts = (actor: HasRole) => actor.role === "manager" || leads(actor);

/** Whether the role may move an account past a refused gate (with a written reason). */
export const overridesGates = leads;

const isMember = (actor: Actor, r: AccountResource | undefined) =>
  !!r && (r.ownerId === actor.id || (r.teamMemberIds ?? []).includes(actor.id));

const isAssignee = (actor: Actor, r: TaskResource | undefined) =>
  !!r?.assigneeId && r.assigneeId === actor.id;

/**
 * The one policy. Managers act on accounts they own or are on the team of;
 * directors and admins on all; executives read everything and change nothing.
 * Queries use `db/queries/visibility.ts`, which encodes the same rule in SQL.
 */
export function can(
  actor: Actor,
  action: PolicyAction,
  resource?: ServiceResource & TaskResource,
): boolean {
  const { role } = actor;
  switch (action) {
    case "user.changeOwnPassword":
      return true;
    case "user.manage":
    case "signInLock.manage":
    case "referenceData.manage":
    case "stageSettings.manage":
    case "calendar.manage":
    case "jobs.manage":
    case "outbox.read":
      return role === "admin";
    case "template.manage":
      return leads(actor);
    case "account.create":
      return worksOnAccounts(actor);
    case "account.read":
      return role !== "manager" || isMember(actor, resource);
    case "task.read":
      return can(actor, "account.read", resource) || isAssignee(actor, resource);
    case "task.complete":
      // A task's assignee completes it, as does whoever may update the account.
      if (!worksOnAccounts(actor)) return false;
      return can(actor, "account.update", resource) || isAssignee(actor, resource);
    case "account.update":
    case "stage.move":
    // Churn and win-back (seed 001: the manager acts on their churned customers).
    case "churn.manage":
      if (!worksOnAccounts(actor)) return false;
      return role !== "manager" || isMember(actor, resource);
    case "account.assign":
    case "account.editCode":
    case "stage.override":
    case "approval.decide":
      return leads(actor);
    case "dashboard.view":
      return true;
    // Importing customers: whoever works on accounts; a manager's go to themselves,
    // directors and admins choose any owner (or none yet).
    case "import.run":
      return worksOnAccounts(actor);
    case "import.anyOwner":
      return leads(actor);
    case "dashboard.viewAll":
      return role !== "manager";
    // Service requests: the account's people, and the manager a request was handed to.
    case "service.read":
      return role !== "manager" || isMember(actor, resource) || ownsRequest(actor, resource);
    case "service.work":
      if (!worksOnAccounts(actor)) return false;
      return role !== "manager" || isMember(actor, resource) || ownsRequest(actor, resource);
    case "service.reassign":
      return leads(actor) || (role === "manager" && isMember(actor, resource));
    case "slaPolicy.manage":
    case "escalationLadder.manage":
    // ABC thresholds and "Recompute now".
    case "abc.manage":
      return leads(actor);
    // The quarterly customer relationship report (seed 001): whoever sees every
    // account reads it; the sales director (and admins) write and finalise the comments.
    case "relationshipReport.read":
      return role !== "manager";
    case "relationshipReport.write":
      return leads(actor);
    // The product catalogue: directors and admins. Orders: whoever may change the account.
    case "product.manage":
      return leads(actor);
    case "order.work":
      return can(actor, "account.update", resource);
    // Satisfaction surveys: whoever works the account sends a link by hand; directors
    // and admins edit the template and the quarterly campaign.
    case "survey.send":
      return can(actor, "account.update", resource);
    case "survey.manage":
      return leads(actor);
  }
}

const ownsRequest = (actor: Actor, r: ServiceResource | undefined) =>
  !!r?.requestOwnerId && r.requestOwnerId === actor.id;

/**
 * Who may acknowledge a fired escalation step: whoever it notified, and directors
 * and admins for anyone.
 */
export const canAcknowledgeEscalation = (actor: Actor, notifiedUserIds: readonly string[]) =>
  leads(actor) || notifiedUserIds.includes(actor.id);

/** Accounts a role sees without membership: everything except for managers. */
export const seesAllAccounts = (actor: HasRole) => actor.role !== "manager";

/**
 * Who may see and work an import (its mapping, dry run, run, undo): its uploader,
 * and directors and admins; executives never.
 */
export const canUseImport = (actor: Actor, record: { createdById: string }) =>
  worksOnAccounts(actor) && (leads(actor) || record.createdById === actor.id);

/** Whose imports the import list reads: directors and admins everyone's, the others only their own. */
export const seesAllImports = (actor: HasRole) => leads(actor);

/** The roles a service escalation step can name; each reaches the active users of exactly that role. */
export const ESCALATION_ROLES = ["director", "executive"] as const;
export type EscalationRole = (typeof ESCALATION_ROLES)[number];
export const receivesEscalationAs = (actor: HasRole, target: EscalationRole) =>
  actor.role === target;
