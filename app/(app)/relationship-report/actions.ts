"use server";
import { sql } from "drizzle-orm";
import { relationshipReports as rr } from "@/db/schema";
import { getRelationshipReport } from "@/db/queries/relationship-reports";
import { authedAction } from "@/lib/actions/action";
import { conflict, fieldError, refused } from "@/lib/actions/errors";
import { relationshipReportData } from "@/lib/dashboards/relationship-report";
import { todayIn } from "@/lib/dates";
import { env } from "@/lib/env";
import { can } from "@/lib/policy";
import { saveRelationshipReportSchema } from "@/lib/validations/relationship-report";
import { quarterDays, quarterEnded, type Quarter } from "@/lib/value/report-quarter";

/**
 * Saves the director's comments on a quarter's customer relationship report, as a
 * draft or finalised. The first save creates the record (version 0 → 1); a stale
 * version is a conflict; a finalised report changes no more; a quarter not over yet
 * (on the action's clock, in the company's time zone) is not finalised.
 */
export const saveRelationshipReportAction = authedAction({
  schema: saveRelationshipReportSchema,
  policy: ({ user }) => can(user, "relationshipReport.write"),
  run: async ({ tx, user, input, audit }) => {
    const quarter = input.quarter as Quarter;
    const now = new Date();
    if (input.finalize && !quarterEnded(quarter, todayIn(env.PCRM_TIME_ZONE, now))) {
      // Shown beside the comments, the field the finalise button sends.
      throw fieldError("fields.comments", "dashboards.report.validation.quarterNotEnded");
    }
    // Two first saves of one quarter wait for each other instead of one failing on the key.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`relationship_report:${quarter}`}))`,
    );
    const existing = (await getRelationshipReport(quarter, tx))?.report;
    if ((existing?.version ?? 0) !== input.version) throw conflict();
    if (existing?.status === "final") throw refused("dashboards.report.errors.final");
    const status = input.finalize ? "final" : "draft";
    const values = {
      comments: input.fields.comments,
      status,
      updatedById: user.id,
      // Finalising keeps the figures as they are now: the report shows these from then on.
      ...(input.finalize
        ? {
            finalizedAt: now,
            finalizedById: user.id,
            snapshot: await relationshipReportData(user, quarter),
          }
        : {}),
    };
    const [saved] = existing
      ? await tx
          .update(rr)
          .set({ ...values, version: existing.version + 1 })
          .where(sql`${rr.id} = ${existing.id}`)
          .returning()
      : await tx
          .insert(rr)
          .values({
            quarter,
            periodFrom: quarterDays(quarter).from,
            periodTo: quarterDays(quarter).to,
            ...values,
            createdById: user.id,
          })
          .returning();
    await audit({
      entity: "relationshipReport",
      action: input.finalize ? "finalize" : "save",
      entityId: saved!.id,
      before: existing ? { comments: existing.comments, status: existing.status } : null,
      after: { quarter, comments: saved!.comments, status },
    });
    return { version: saved!.version, status };
  },
  revalidate: () => ["/relationship-report"],
});
