"use server";
import { and, desc, eq } from "drizzle-orm";
import { surveyCampaignSettings, surveyTemplates } from "@/db/schema";
import { authedAction } from "@/lib/actions/action";
import { conflict } from "@/lib/actions/errors";
import { can } from "@/lib/policy";
import { surveyCampaignSchema, surveyTemplateSchema } from "@/lib/validations/surveys";

const PATH = "/service/surveys";

/**
 * A director's or admin's edit of the survey template becomes a new version and the
 * current one; links sent before keep their version (and their answers point at it).
 * Started from an older version than the current one: a conflict, nothing saved.
 */
export const saveSurveyTemplateAction = authedAction({
  schema: surveyTemplateSchema,
  policy: ({ user }) => can(user, "survey.manage"),
  run: async ({ tx, input, user, audit }) => {
    const [latest] = await tx
      .select({ id: surveyTemplates.id, version: surveyTemplates.version })
      .from(surveyTemplates)
      .orderBy(desc(surveyTemplates.version))
      .limit(1)
      .for("update");
    if (!latest || latest.version !== input.basedOn) throw conflict();
    const { basedOn: _basedOn, ...wording } = input;
    await tx
      .update(surveyTemplates)
      .set({ isCurrent: false })
      .where(eq(surveyTemplates.isCurrent, true));
    const [created] = await tx
      .insert(surveyTemplates)
      .values({ ...wording, version: latest.version + 1, isCurrent: true, createdById: user.id })
      .returning({ id: surveyTemplates.id, version: surveyTemplates.version });
    await audit({
      entity: "surveyTemplate",
      entityId: created!.id,
      action: "newVersion",
      after: { version: created!.version, questions: input.questions.length },
    });
    return { version: created!.version };
  },
  revalidate: () => [PATH],
});

/** The quarterly campaign's settings: on or off, and whom it surveys per live account. */
export const saveSurveyCampaignAction = authedAction({
  schema: surveyCampaignSchema,
  policy: ({ user }) => can(user, "survey.manage"),
  run: async ({ tx, input, audit }) => {
    const [after] = await tx
      .update(surveyCampaignSettings)
      .set({
        enabled: input.enabled,
        audience: input.audience,
        version: input.version + 1,
        updatedAt: new Date(),
      })
      .where(
        and(eq(surveyCampaignSettings.id, 1), eq(surveyCampaignSettings.version, input.version)),
      )
      .returning();
    if (!after) throw conflict();
    await audit({
      entity: "surveyCampaign",
      entityId: "1",
      action: "update",
      after: { enabled: after.enabled, audience: after.audience },
    });
    return { version: after.version };
  },
  revalidate: () => [PATH],
});
