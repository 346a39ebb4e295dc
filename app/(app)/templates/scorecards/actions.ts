"use server";
import { and, eq, max, ne } from "drizzle-orm";
import type { Tx } from "@/db";
import { scorecardTemplates, scorecardTemplateVersions } from "@/db/schema";
import { authedAction, type Policy } from "@/lib/actions/action";
import { updateVersioned } from "@/lib/actions/versioned";
import { ActionError, notFound } from "@/lib/actions/errors";
import { can } from "@/lib/policy";
import type { Template } from "@/lib/validations/scorecard";
import {
  createScorecardTemplateSchema,
  makeDefaultScorecardTemplateSchema,
  setScorecardTemplateActiveSchema,
  updateScorecardTemplateSchema,
} from "@/lib/validations/scorecard";

const manage: Policy<unknown> = ({ user }) => can(user, "template.manage");
const PATHS = ["/templates/scorecards"];

const definitionOf = (input: Template): Template => ({
  name: input.name,
  criteria: input.criteria,
  thresholds: input.thresholds,
});

async function addVersion(tx: Tx, templateId: string, definition: Template, userId: string) {
  const [last] = await tx
    .select({ number: max(scorecardTemplateVersions.number) })
    .from(scorecardTemplateVersions)
    .where(eq(scorecardTemplateVersions.templateId, templateId));
  const [version] = await tx
    .insert(scorecardTemplateVersions)
    .values({ templateId, number: (last?.number ?? 0) + 1, definition, createdById: userId })
    .returning();
  return version!;
}

export const createScorecardTemplateAction = authedAction({
  schema: createScorecardTemplateSchema,
  policy: manage,
  run: async ({ tx, user, input, audit }) => {
    const [template] = await tx.insert(scorecardTemplates).values({ name: input.name }).returning();
    const version = await addVersion(tx, template!.id, definitionOf(input), user.id);
    await tx
      .update(scorecardTemplates)
      .set({ currentVersionId: version.id })
      .where(eq(scorecardTemplates.id, template!.id));
    await audit({
      entity: "scorecardTemplate",
      entityId: template!.id,
      action: "create",
      after: { number: version.number, definition: version.definition },
    });
    return { id: template!.id };
  },
  revalidate: () => PATHS,
});

export const updateScorecardTemplateAction = authedAction({
  schema: updateScorecardTemplateSchema,
  policy: manage,
  run: async ({ tx, user, input, audit }) => {
    const [current] = await tx
      .select({ versionId: scorecardTemplates.currentVersionId })
      .from(scorecardTemplates)
      .where(eq(scorecardTemplates.id, input.id));
    if (!current) throw notFound();
    // The row version first: a parallel edit waits on the row lock, then conflicts,
    // instead of numbering the same template version twice.
    const { after } = await updateVersioned(tx, scorecardTemplates, input.id, input.version, {
      name: input.name,
    });
    const version = await addVersion(tx, input.id, definitionOf(input), user.id);
    await tx
      .update(scorecardTemplates)
      .set({ currentVersionId: version.id })
      .where(eq(scorecardTemplates.id, input.id));
    await audit({
      entity: "scorecardTemplate",
      entityId: input.id,
      action: "newVersion",
      before: { versionId: current.versionId },
      after: { number: version.number, definition: version.definition },
    });
    return { version: after.version, number: version.number };
  },
  revalidate: (input) => [...PATHS, `/templates/scorecards/${input.id}`],
});

export const setScorecardTemplateActiveAction = authedAction({
  schema: setScorecardTemplateActiveSchema,
  policy: manage,
  run: async ({ tx, input, audit }) => {
    const [current] = await tx
      .select()
      .from(scorecardTemplates)
      .where(eq(scorecardTemplates.id, input.id));
    if (!current) throw notFound();
    if (!input.active && current.isDefault) {
      throw new ActionError("refused", "scorecard.errors.defaultRequired");
    }
    const { after } = await updateVersioned(tx, scorecardTemplates, input.id, input.version, {
      active: input.active,
    });
    await audit({
      entity: "scorecardTemplate",
      entityId: input.id,
      action: input.active ? "activate" : "deactivate",
      before: { active: current.active },
      after: { active: after.active },
    });
    return { version: after.version };
  },
  revalidate: () => PATHS,
});

/** New evaluations use the default unless the manager picks another active template. */
export const makeDefaultScorecardTemplateAction = authedAction({
  schema: makeDefaultScorecardTemplateSchema,
  policy: manage,
  run: async ({ tx, input, audit }) => {
    // The old default first: a unique index allows one, so a director making another
    // template default at the same moment gets a conflict.
    await tx
      .update(scorecardTemplates)
      .set({ isDefault: false })
      .where(and(eq(scorecardTemplates.isDefault, true), ne(scorecardTemplates.id, input.id)));
    const { before, after } = await updateVersioned(
      tx,
      scorecardTemplates,
      input.id,
      input.version,
      { isDefault: true, active: true },
    );
    await audit({
      entity: "scorecardTemplate",
      entityId: input.id,
      action: "makeDefault",
      before: { isDefault: before.isDefault },
      after: { isDefault: after.isDefault },
    });
    return { version: after.version };
  },
  revalidate: () => PATHS,
});
