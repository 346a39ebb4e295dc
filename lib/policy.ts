import type { Role } from "@/db/schema/users";

export type Actor = { id: string; role: Role };

/** What an account looks like to the policy: its owner and account team. */
export type AccountResource = { ownerId: string | null; teamMemberIds?: readonly string[] };

export type PolicyAction =
  | "user.manage"
  | "referenceData.manage"
  | "stageSettings.manage"
  | "template.manage"
  | "account.create"
  | "account.read"
  | "account.update"
  | "account.assign"
  | "account.editCode"
  | "stage.move"
  | "stage.override"
  | "approval.decide"
  | "dashboard.view"
  | "dashboard.viewAll";

const isMember = (actor: Actor, r: AccountResource | undefined) =>
  !!r && (r.ownerId === actor.id || (r.teamMemberIds ?? []).includes(actor.id));

/**
 * The one policy. Managers act on accounts they own or are on the team of;
 * directors and admins on all; executives read everything and change nothing.
 * Queries use `visibleAccounts` (db/queries) which encodes the same rule in SQL.
 */
export function can(actor: Actor, action: PolicyAction, resource?: AccountResource): boolean {
  const { role } = actor;
  switch (action) {
    case "user.manage":
    case "referenceData.manage":
    case "stageSettings.manage":
      return role === "admin";
    case "template.manage":
      return role === "admin" || role === "director";
    case "account.create":
      return role === "manager" || role === "director" || role === "admin";
    case "account.read":
      return role !== "manager" || isMember(actor, resource);
    case "account.update":
    case "stage.move":
      if (role === "executive") return false;
      return role !== "manager" || isMember(actor, resource);
    case "account.assign":
    case "account.editCode":
    case "stage.override":
    case "approval.decide":
      return role === "director" || role === "admin";
    case "dashboard.view":
      return true;
    case "dashboard.viewAll":
      return role !== "manager";
  }
}

/** Accounts a role sees without membership: everything except for managers. */
export const seesAllAccounts = (actor: Actor) => actor.role !== "manager";
