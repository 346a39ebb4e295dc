import "./zod-jitless";
import { z } from "zod";
import type { ApprovalDecision } from "@/lib/approvals/decisions";
import { needsAgreement, PRODUCT_KINDS, SCOPE_ITEM_TYPES, SERVICE_KINDS } from "@/lib/scope/rules";
import { limit } from "./limits";
import { rowVersion } from "./records";

/*
 * Error messages are message keys relative to the `scope` namespace; bare keys
 * (required, tooLong, invalid) fall back to `common.validation`.
 */

const TEXT_MAX = 2000;

const requiredText = (max = TEXT_MAX) =>
  z.string("required").trim().min(1, "required").max(max, limit());

/** An empty select or text input means "not given". */
const emptyToNull = <T>(v: T | "" | null | undefined): T | null =>
  v === "" || v == null ? null : v;

/**
 * One product or service. The kind that does not fit the type is dropped, so
 * switching a row from product to service leaves no stale product kind behind.
 */
export const scopeItemSchema = z
  .object({
    type: z.enum(SCOPE_ITEM_TYPES, "required"),
    productKind: z
      .union([z.enum(PRODUCT_KINDS), z.literal("")], "invalid")
      .nullish()
      .transform(emptyToNull),
    serviceKind: z
      .union([z.enum(SERVICE_KINDS), z.literal("")], "invalid")
      .nullish()
      .transform(emptyToNull),
    name: requiredText(200),
    inScope: z.boolean("required"),
    agreementRef: z.string("invalid").trim().max(100, limit()).nullish().transform(emptyToNull),
    note: z.string("invalid").trim().max(TEXT_MAX, limit()).default(""),
  })
  .superRefine((item, ctx) => {
    if (item.type === "product" && !item.productKind) {
      ctx.addIssue({
        code: "custom",
        message: "validation.productKindRequired",
        path: ["productKind"],
      });
    }
    if (item.type === "service" && !item.serviceKind) {
      ctx.addIssue({
        code: "custom",
        message: "validation.serviceKindRequired",
        path: ["serviceKind"],
      });
    }
    if (needsAgreement(item)) {
      ctx.addIssue({
        code: "custom",
        message: "validation.agreementRequired",
        path: ["agreementRef"],
      });
    }
  })
  .transform((item) => ({
    ...item,
    productKind: item.type === "product" ? item.productKind : null,
    serviceKind: item.type === "service" ? item.serviceKind : null,
  }));
export type ScopeItemInput = z.input<typeof scopeItemSchema>;
export type ScopeItemForm = z.output<typeof scopeItemSchema>;

/** A request to change the agreed scope: every impact must be stated (seed 002). */
export const changeRequestSchema = z.object({
  change: requiredText(),
  reason: requiredText(),
  costImpact: requiredText(),
  scheduleImpact: requiredText(),
  riskImpact: requiredText(),
});
export type ChangeRequestInput = z.input<typeof changeRequestSchema>;
export type ChangeRequestForm = z.output<typeof changeRequestSchema>;

/** A director's decision on an open change request; a rejection says why. */
export const changeRequestDecisionSchema = z
  .object({
    decision: z.enum(["approved", "rejected"] satisfies ApprovalDecision[], "required"),
    comment: z.string("invalid").trim().max(TEXT_MAX, limit()).default(""),
  })
  .superRefine((d, ctx) => {
    if (d.decision === "rejected" && d.comment === "") {
      ctx.addIssue({
        code: "custom",
        message: "validation.rejectionReasonRequired",
        path: ["comment"],
      });
    }
  });
export type ChangeRequestDecision = z.output<typeof changeRequestDecisionSchema>;

/*
 * Shared by the forms (formResolver) and the actions. Error messages are keys
 * relative to the `scope` namespace, or common validation keys.
 */

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
