import "server-only";
import { lockAccountForPolicy } from "@/db/queries/accounts";
import { can, type PolicyAction } from "@/lib/policy";
import type { Policy } from "./action";

/**
 * Policy for an action on one account (`input[key]` is its id): the row is locked for
 * the transaction; an account the caller may not see is "not found", one they see
 * but may not change is "forbidden".
 */
export const onAccount =
  <I extends Record<string, unknown>>(
    action: PolicyAction,
    key: keyof I & string = "id",
  ): Policy<I> =>
  async ({ user, input, tx }) => {
    const locked = await lockAccountForPolicy(tx, String(input[key]));
    if (!locked) return "not_found";
    const resource = { ownerId: locked.account.ownerId, teamMemberIds: locked.teamMemberIds };
    if (!can(user, "account.read", resource)) return "not_found";
    return can(user, action, resource);
  };
