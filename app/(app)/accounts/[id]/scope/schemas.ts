import { z } from "zod";
import {
  changeRequestDecisionSchema,
  changeRequestSchema,
  scopeItemSchema,
} from "@/lib/scope/validation";
import type { ScopeItemForm } from "@/lib/scope/validation";
import { PIPELINE_STAGES, type Stage } from "@/lib/stages/stages";
import { rowVersion } from "@/lib/validations/records";

/*
 * Shared by the forms (zodResolver) and the actions. Error messages are keys
 * relative to the `scope` namespace, or common validation keys.
 */

/** Past the scope stage the agreed scope only changes through approved change requests. */
export function scopeLocked(stage: Stage): boolean {
  if (stage === "churned") return true;
  if (stage === "dropped") return false;
  return PIPELINE_STAGES.indexOf(stage) > PIPELINE_STAGES.indexOf("scope");
}

const accountId = z.uuid("invalid");
const recordId = z.uuid("invalid");
const version = rowVersion;

export const createScopeItemSchema = z.object({ accountId }).and(scopeItemSchema);
export const updateScopeItemSchema = z
  .object({ accountId, id: recordId, version })
  .and(scopeItemSchema);
export const deleteScopeItemSchema = z.object({ accountId, id: recordId, version });

export const PROPOSAL_OPS = ["add", "update", "remove"] as const;
export type ProposalOp = (typeof PROPOSAL_OPS)[number];

/**
 * What an approved change request does to the scope items; `before` is filled on
 * approval, `itemVersion` is the item's row version when the request was raised.
 */
export type ScopeProposal =
  | { op: "add"; itemId: null; item: ScopeItemForm; before?: null; itemVersion?: null }
  | {
      op: "update";
      itemId: string;
      item: ScopeItemForm;
      before?: ScopeItemForm | null;
      itemVersion?: number;
    }
  | {
      op: "remove";
      itemId: string;
      item: null;
      before?: ScopeItemForm | null;
      itemVersion?: number;
    };

/** The item change a request proposes: adding needs item fields, removing needs only the item. */
export const proposalSchema = z
  .looseObject({
    op: z.enum(PROPOSAL_OPS, "required"),
    itemId: z.string("invalid").nullish(),
  })
  .transform((v, ctx): ScopeProposal => {
    const itemId = v.itemId && z.uuid().safeParse(v.itemId).success ? v.itemId : null;
    if (v.op !== "add" && !itemId) {
      ctx.addIssue({ code: "custom", message: "validation.itemRequired", path: ["itemId"] });
    }
    if (v.op === "remove") return { op: "remove", itemId: itemId ?? "", item: null };
    const item = scopeItemSchema.safeParse(v);
    if (!item.success) {
      for (const issue of item.error.issues) {
        ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
      }
      return z.NEVER;
    }
    return v.op === "add"
      ? { op: "add", itemId: null, item: item.data }
      : { op: "update", itemId: itemId ?? "", item: item.data };
  });

export const changeRequestFormSchema = changeRequestSchema.and(proposalSchema);
export type ChangeRequestFormInput = z.input<typeof changeRequestSchema> & {
  op: ProposalOp | "";
  itemId: string;
  type: "product" | "service";
  productKind: string;
  serviceKind: string;
  name: string;
  inScope: boolean;
  agreementRef: string;
  note: string;
};
export const createChangeRequestSchema = z.object({ accountId }).and(changeRequestFormSchema);
export type CreateChangeRequestInput = z.input<typeof createChangeRequestSchema>;

export const decideChangeRequestSchema = z
  .object({ accountId, id: recordId, version })
  .and(changeRequestDecisionSchema);
