import "./zod-jitless";
import { z } from "zod";
import type { ApprovalDecision } from "@/lib/approvals/decisions";
import {
  REQUIREMENT_KINDS,
  REQUIREMENT_PRIORITIES,
  REQUIREMENT_SECTIONS,
  REQUIREMENT_STATUSES,
  type RequirementSection,
} from "@/lib/requirements/model";
import { limit } from "./limits";
import { rowVersion, rowVersionOrNew } from "./records";

/*
 * Error messages are message keys relative to the `requirements` namespace; bare
 * keys (required, tooLong, invalid) fall back to `common.validation`.
 */

export const SECTION_MAX = 5000;
export const TITLE_MAX = 200;
export const ACCEPTANCE_MAX = 2000;
export const REQUIREMENTS_MAX = 500;

const sectionText = z.string("invalid").trim().max(SECTION_MAX, limit());

const sectionsSchema = z.object(
  Object.fromEntries(REQUIREMENT_SECTIONS.map((s) => [s, sectionText])) as Record<
    RequirementSection,
    typeof sectionText
  >,
);

export const requirementRowSchema = z.object({
  id: z.string("required").trim().min(1, "required").max(64, limit()),
  kind: z.enum(REQUIREMENT_KINDS, "validation.kindRequired"),
  title: z
    .string("validation.titleRequired")
    .trim()
    .min(1, "validation.titleRequired")
    .max(TITLE_MAX, limit()),
  priority: z.enum(REQUIREMENT_PRIORITIES, "validation.priorityRequired"),
  acceptanceCriteria: z.string("invalid").trim().max(ACCEPTANCE_MAX, limit()),
  /** One of the account's stakeholders (checked by the action); an id is a uuid. */
  sourceStakeholderId: z.uuid("validation.stakeholderUnknown").nullable(),
  status: z.enum(REQUIREMENT_STATUSES, "validation.statusRequired"),
});
export type RequirementRowInput = z.input<typeof requirementRowSchema>;

/** The document form, as saved while drafting. */
export const requirementDocSchema = z
  .object({
    sections: sectionsSchema,
    requirements: z
      .array(requirementRowSchema)
      .max(REQUIREMENTS_MAX, "validation.tooManyRequirements"),
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    doc.requirements.forEach((row, index) => {
      if (seen.has(row.id)) {
        ctx.addIssue({
          code: "custom",
          message: "validation.duplicateRequirement",
          path: ["requirements", index, "id"],
        });
      }
      seen.add(row.id);
    });
  });
export type RequirementDocInput = z.input<typeof requirementDocSchema>;
export type RequirementDoc = z.output<typeof requirementDocSchema>;

/** Submission for approval: what the requirements gate needs, on top of the form rules. */
export const requirementDocSubmitSchema = requirementDocSchema.superRefine((doc, ctx) => {
  if (!doc.sections.objectives) {
    ctx.addIssue({
      code: "custom",
      message: "validation.objectivesRequired",
      path: ["sections", "objectives"],
    });
  }
  if (!doc.sections.scopeStatement) {
    ctx.addIssue({
      code: "custom",
      message: "validation.scopeStatementRequired",
      path: ["sections", "scopeStatement"],
    });
  }
  // Rejected rows and "won't this time" rows do not count as planned requirements.
  if (!doc.requirements.some((r) => r.status !== "rejected" && r.priority !== "wont")) {
    ctx.addIssue({
      code: "custom",
      message: "validation.requirementsRequired",
      path: ["requirements"],
    });
  }
});

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

export const REQUIREMENT_DECISIONS = ["approved", "returned"] as const satisfies ApprovalDecision[];

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
