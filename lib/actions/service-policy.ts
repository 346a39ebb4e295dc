import "server-only";
import { eq } from "drizzle-orm";
import { lockAccountForPolicy } from "@/db/queries/accounts";
import { serviceRequests } from "@/db/schema";
import { can, type PolicyAction } from "@/lib/policy";
import type { Policy } from "./action";

/**
 * Policy for an action on one service request (`input.id`): its account is locked
 * for the transaction; a request the caller may not see is "not found", one they
 * see but may not change is "forbidden" (lib/policy.ts decides).
 */
export const onServiceRequest =
  <I extends { id: string }>(action: PolicyAction): Policy<I> =>
  async ({ user, input, tx }) => {
    const [request] = await tx
      .select({ accountId: serviceRequests.accountId, ownerId: serviceRequests.ownerId })
      .from(serviceRequests)
      .where(eq(serviceRequests.id, input.id));
    if (!request) return "not_found";
    const locked = await lockAccountForPolicy(tx, request.accountId);
    if (!locked) return "not_found";
    const resource = {
      ownerId: locked.account.ownerId,
      teamMemberIds: locked.teamMemberIds,
      requestOwnerId: request.ownerId,
    };
    if (!can(user, "service.read", resource)) return "not_found";
    return can(user, action, resource);
  };
