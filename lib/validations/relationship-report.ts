import "./zod-jitless";
import { z } from "zod";
import { isQuarter } from "@/lib/value/report-quarter";
import { rowVersionOrNew } from "./records";

/*
 * Messages are full keys under `dashboards.report.validation`, falling back to
 * `common.validation`.
 */

/** The longest comment a report keeps (a few pages of text). */
export const REPORT_COMMENTS_MAX = 20_000;

export const relationshipReportFieldsSchema = z.object({
  comments: z
    .string("invalid")
    .trim()
    .max(REPORT_COMMENTS_MAX, "dashboards.report.validation.commentsTooLong"),
});
export type RelationshipReportFieldsInput = z.input<typeof relationshipReportFieldsSchema>;

/**
 * Saving the director's comments on a quarter's report (`version` 0 for a report
 * not saved yet); `finalize` also closes it for good, which needs some comments.
 */
export const saveRelationshipReportSchema = z
  .object({
    quarter: z.string().refine(isQuarter, "invalid"),
    version: rowVersionOrNew,
    finalize: z.boolean(),
    fields: relationshipReportFieldsSchema,
  })
  .refine((v) => !v.finalize || v.fields.comments.length > 0, {
    message: "dashboards.report.validation.commentsRequired",
    path: ["fields", "comments"],
  });
