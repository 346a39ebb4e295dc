import { z } from "zod";
import { limit } from "@/lib/validations/limits";
import { rowVersion, rowVersionOrNew } from "@/lib/validations/records";

/*
 * Action inputs of the requirements workspace. The document itself is checked
 * inside the action with requirementDocSchema / requirementDocSubmitSchema, so
 * that nested errors come back with their full field path (`requirements.0.title`).
 */

export const saveRequirementDocSchema = z.object({
  accountId: z.uuid(),
  /** The draft being edited; empty starts a new version (the first, or after an approval). */
  versionId: z.union([z.literal(""), z.uuid()]),
  /** The draft's row version; 0 with a new version. */
  version: rowVersionOrNew,
  /** The version number the editor started from, so a concurrent new draft is a conflict. */
  baseNumber: rowVersionOrNew,
  sections: z.unknown(),
  requirements: z.unknown(),
});
export type SaveRequirementDocInput = z.input<typeof saveRequirementDocSchema>;

export const REQUIREMENT_DECISIONS = ["approved", "returned"] as const;

export const decideRequirementDocSchema = z
  .object({
    accountId: z.uuid(),
    versionId: z.uuid(),
    version: rowVersion,
    decision: z.enum(REQUIREMENT_DECISIONS),
    comment: z.string("invalid").trim().max(2000, limit()).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "returned" && !value.comment) {
      ctx.addIssue({ code: "custom", message: "validation.commentRequired", path: ["comment"] });
    }
  });
export type DecideRequirementDocInput = z.input<typeof decideRequirementDocSchema>;
