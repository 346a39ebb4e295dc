import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import {
  decideEvaluationAction,
  submitEvaluationAction,
} from "@/app/(app)/accounts/[id]/evaluation/actions";
import { answersAll, evaluationRow, startEvaluation } from "@/db/testing/evaluation-fixtures";
import { createAccountIn } from "@/db/testing/planning-fixtures";
import { db } from "@/db";
import { scorecardTemplates, scorecardTemplateVersions } from "@/db/schema";
import { getScorecardTemplate, listEvaluations } from "@/db/queries/evaluations";
import { seedDefaultScorecardTemplate } from "@/db/seed/scorecards";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import type { Template } from "@/lib/validations/scorecard";
import {
  createScorecardTemplateAction,
  makeDefaultScorecardTemplateAction,
  setScorecardTemplateActiveAction,
  updateScorecardTemplateAction,
} from "./actions";

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
});

const defaultTemplate = async () => {
  await seedDefaultScorecardTemplate(db);
  const [row] = await db
    .select()
    .from(scorecardTemplates)
    .where(eq(scorecardTemplates.isDefault, true));
  return (await getScorecardTemplate(row!.id))!;
};

const simple: Template = {
  name: "简易评估",
  criteria: [
    {
      key: "budget",
      label: "预算",
      description: "",
      weight: 1,
      scaleMin: 0,
      scaleMax: 10,
      evidenceRequired: true,
      pointLabels: [],
    },
  ],
  thresholds: { go: 60, hold: 40 },
};

describe("scorecard templates", () => {
  test("seeding is idempotent and yields the Chinese default with version 1", async () => {
    await seedDefaultScorecardTemplate(db);
    await seedDefaultScorecardTemplate(db);
    const versions = await db.select().from(scorecardTemplateVersions);
    expect(versions).toHaveLength(1);
    expect(versions[0]!.number).toBe(1);
    expect(versions[0]!.definition.name).toBe("标准客户评估表");
    expect(versions[0]!.definition.criteria).toHaveLength(7);
  });

  test("managers and executives may not maintain templates", async () => {
    const { template } = await defaultTemplate();
    for (const role of ["manager", "executive"] as const) {
      signInAs((await createUser(role)).id);
      expect(await createScorecardTemplateAction(simple)).toMatchObject({ error: "forbidden" });
      expect(
        await updateScorecardTemplateAction({ ...simple, id: template.id, version: 1 }),
      ).toMatchObject({ error: "forbidden" });
      expect(
        await makeDefaultScorecardTemplateAction({ id: template.id, version: 1 }),
      ).toMatchObject({ error: "forbidden" });
      expect(
        await setScorecardTemplateActiveAction({ id: template.id, version: 1, active: false }),
      ).toMatchObject({ error: "forbidden" });
    }
    expect(await db.select().from(scorecardTemplateVersions)).toHaveLength(1);
  });

  test("editing publishes a new version and leaves earlier evaluations as they were", async () => {
    const { template, current } = await defaultTemplate();
    const manager = await createUser("manager");
    const director = await createUser("director");
    const account = await createAccountIn("evaluation", manager.id);
    signInAs(manager.id);
    const first = await startEvaluation(account.id);
    expect(
      await submitEvaluationAction({
        accountId: account.id,
        evaluationId: first,
        version: 1,
        answers: answersAll(4),
      }),
    ).toMatchObject({ ok: true });

    signInAs(director.id);
    const heavier = {
      ...current.definition,
      criteria: current.definition.criteria.map((c, i) => ({
        ...c,
        weight: i === 0 ? 90 : c.weight,
        label: i === 0 ? "采购意向" : c.label,
      })),
      thresholds: { go: 80, hold: 60 },
    };
    const updated = await updateScorecardTemplateAction({
      ...heavier,
      id: template.id,
      version: template.version,
    });
    expect(updated).toEqual({ ok: true, data: { version: 2, number: 2 } });
    const stale = await updateScorecardTemplateAction({
      ...heavier,
      id: template.id,
      version: template.version,
    });
    expect(stale).toMatchObject({ error: "conflict" });

    const after = (await getScorecardTemplate(template.id))!;
    expect(after.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(after.versions[1]!.definition).toEqual(current.definition);
    expect(after.current.definition.thresholds).toEqual({ go: 80, hold: 60 });

    // The submitted evaluation is still on version 1, decided on its own terms.
    expect(
      await decideEvaluationAction({
        accountId: account.id,
        evaluationId: first,
        version: 2,
        decision: "approved",
      }),
    ).toMatchObject({ ok: true });
    const [listed] = await listEvaluations({ actor: director, accountId: account.id });
    expect(listed).toMatchObject({ templateNumber: 1, total: 75 });
    expect(listed!.definition.criteria[0]!.label).toBe("购买意向与预算");
    expect((await evaluationRow(first)).recommendation).toBe("go");

    signInAs(manager.id);
    const second = await startEvaluation(account.id);
    const history = await listEvaluations({ actor: manager, accountId: account.id });
    expect(history.map((h) => [h.evaluation.id, h.templateNumber])).toEqual([
      [second, 2],
      [first, 1],
    ]);
    // Same answers, new weights and thresholds: 75 is no longer a "go".
    expect(history[0]).toMatchObject({ total: 75, evaluation: { recommendation: "hold" } });
  });

  test("a director creates a template and makes it the default; the default stays active", async () => {
    const { template: standard } = await defaultTemplate();
    signInAs((await createUser("director")).id);
    const created = await createScorecardTemplateAction(simple);
    expect(created).toMatchObject({ ok: true });
    if (!created.ok) return;
    const invalid = await createScorecardTemplateAction({
      ...simple,
      thresholds: { go: 40, hold: 60 },
    });
    expect(invalid).toMatchObject({ error: "validation" });

    expect(
      await setScorecardTemplateActiveAction({ id: standard.id, version: 1, active: false }),
    ).toMatchObject({ error: "refused", message: "scorecard.errors.defaultRequired" });
    expect(
      await makeDefaultScorecardTemplateAction({ id: created.data.id, version: 1 }),
    ).toMatchObject({ ok: true });
    expect(
      await setScorecardTemplateActiveAction({ id: standard.id, version: 1, active: false }),
    ).toMatchObject({ ok: true });
    const rows = await db.select().from(scorecardTemplates);
    expect(rows.find((r) => r.id === created.data.id)).toMatchObject({ isDefault: true });
    expect(rows.find((r) => r.id === standard.id)).toMatchObject({
      isDefault: false,
      active: false,
    });
  });
});
