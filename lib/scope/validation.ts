import { z } from "zod";
import { needsAgreement, PRODUCT_KINDS, SCOPE_ITEM_TYPES, SERVICE_KINDS } from "./rules";
import { limit } from "@/lib/validations/limits";

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
    decision: z.enum(["approved", "rejected"], "required"),
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
