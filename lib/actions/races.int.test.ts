import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import {
  createChangeRequestAction,
  decideChangeRequestAction,
} from "@/app/(app)/accounts/[id]/scope/actions";
import { createAccountIn, auditActions } from "@/db/testing/planning-fixtures";
import { generateScheduleAction } from "@/app/(app)/accounts/[id]/schedule/actions";
import { removeStepAction } from "@/app/(app)/accounts/[id]/schedule/step-actions";
import { createUserAction } from "@/app/(app)/admin/users/actions";
import {
  createScheduleTemplateAction,
  makeDefaultScheduleTemplateAction,
} from "@/app/(app)/templates/schedules/actions";
import {
  createScorecardTemplateAction,
  makeDefaultScorecardTemplateAction,
  updateScorecardTemplateAction,
} from "@/app/(app)/templates/scorecards/actions";
import { db } from "@/db";
import {
  auditLog,
  referenceItems,
  scheduleSteps,
  scheduleTemplates,
  scopeChangeRequests,
  scopeItems,
  scorecardTemplates,
  scorecardTemplateVersions,
  users,
} from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";

/*
 * Simultaneous saves (Promise.all on separate pooled connections): each must end
 * as a typed result — one wins, the others get a conflict or a field error — and
 * the database keeps its rules (one default template, one active template per
 * industry, one user per e-mail).
 */

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
});

/** Every call's result; a call that threw (a 500 over HTTP) shows as `{ thrown }`. */
async function all<T>(calls: Promise<T>[]) {
  const settled = await Promise.allSettled(calls);
  return settled.map((s) =>
    s.status === "fulfilled" ? s.value : { ok: false, thrown: String(s.reason) },
  );
}
const failures = <T extends { ok: boolean }>(results: T[]) => results.filter((r) => !r.ok);

const scorecard = (name: string) => ({
  name,
  criteria: [{ key: "fit", label: "匹配度", weight: 1, scaleMin: 1, scaleMax: 5 }],
  thresholds: { go: 70, hold: 40 },
});
const scheduleTemplate = (name: string, industry?: string) => ({
  name,
  industry,
  steps: [{ key: "visit", label: "首次拜访", durationDays: 10 }],
});

describe("parallel template saves", () => {
  test("two scorecard templates made default at once leave exactly one default", async () => {
    signInAs((await createUser("director")).id);
    const ids: string[] = [];
    for (const name of ["A", "B", "C", "D"]) {
      const created = await createScorecardTemplateAction(scorecard(name));
      if (!created.ok) throw new Error(JSON.stringify(created));
      ids.push(created.data.id);
    }
    const results = await all(
      ids.map((id) => makeDefaultScorecardTemplateAction({ id, version: 1 })),
    );
    expect(results.some((r) => r.ok)).toBe(true);
    for (const failed of failures(results)) expect(failed).toMatchObject({ error: "conflict" });
    const defaults = await db
      .select()
      .from(scorecardTemplates)
      .where(eq(scorecardTemplates.isDefault, true));
    expect(defaults).toHaveLength(1);
  });

  test("two schedule templates made default at once leave exactly one default", async () => {
    signInAs((await createUser("director")).id);
    const ids: string[] = [];
    for (const name of ["A", "B", "C", "D"]) {
      const created = await createScheduleTemplateAction(scheduleTemplate(name));
      if (!created.ok) throw new Error(JSON.stringify(created));
      ids.push(created.data.id);
    }
    const results = await all(
      ids.map((id) => makeDefaultScheduleTemplateAction({ id, version: 1 })),
    );
    expect(results.some((r) => r.ok)).toBe(true);
    for (const failed of failures(results)) expect(failed).toMatchObject({ error: "conflict" });
    const defaults = await db
      .select()
      .from(scheduleTemplates)
      .where(eq(scheduleTemplates.isDefault, true));
    expect(defaults).toHaveLength(1);
    // Making another one default later still works (the old default is cleared first).
    const later = ids.find((id) => id !== defaults[0]!.id)!;
    expect(await makeDefaultScheduleTemplateAction({ id: later, version: 1 })).toMatchObject({
      ok: true,
    });
  });

  test("two active schedule templates for one industry created at once: one, and a field error", async () => {
    await db
      .insert(referenceItems)
      .values({ kind: "industry", code: "coatings", nameEn: "Coatings", nameZh: "涂料" });
    signInAs((await createUser("director")).id);
    const results = await all(
      ["涂料一", "涂料二", "涂料三"].map((name) =>
        createScheduleTemplateAction(scheduleTemplate(name, "coatings")),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const failed of failures(results)) {
      expect(failed).toMatchObject({
        error: "validation",
        fieldErrors: { industry: ["validation.industryTaken"] },
      });
    }
    expect(await db.select().from(scheduleTemplates)).toHaveLength(1);
  });

  test("parallel edits of one scorecard template: one new version, the others conflict", async () => {
    signInAs((await createUser("director")).id);
    const created = await createScorecardTemplateAction(scorecard("标准"));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    const results = await all(
      ["甲", "乙", "丙", "丁"].map((name) =>
        updateScorecardTemplateAction({ ...scorecard(name), id, version: 1 }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const failed of failures(results)) expect(failed).toMatchObject({ error: "conflict" });
    const versions = await db
      .select()
      .from(scorecardTemplateVersions)
      .where(eq(scorecardTemplateVersions.templateId, id));
    expect(versions.map((v) => v.number).sort()).toEqual([1, 2]);
  });
});

describe("parallel user creation", () => {
  test("one e-mail created at once: one user, the others a field error", async () => {
    signInAs((await createUser("admin")).id);
    const input = (n: number) => ({
      name: `同名 ${n}`,
      email: "same@test.example",
      role: "manager" as const,
      password: `long enough password ${n}`,
    });
    const results = await all([1, 2, 3, 4].map((n) => createUserAction(input(n))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const failed of failures(results)) {
      expect(failed).toMatchObject({
        error: "validation",
        fieldErrors: { email: ["common.admin.emailTaken"] },
      });
    }
    expect(await db.select().from(users).where(eq(users.email, "same@test.example"))).toHaveLength(
      1,
    );
    expect(await db.select().from(auditLog).where(eq(auditLog.entity, "user"))).toHaveLength(1);
  });
});

describe("scope change requests", () => {
  const product = {
    type: "product" as const,
    productKind: "standard",
    serviceKind: "",
    name: "水性工业面漆 WB-200",
    inScope: true,
    agreementRef: "",
    note: "",
  };
  const impacts = {
    change: "改为定制",
    reason: "客户要求",
    costImpact: "无",
    scheduleImpact: "无",
    riskImpact: "低",
  };

  test("approving a request refuses when the item changed after the request was raised", async () => {
    const [manager, director] = await Promise.all([createUser("manager"), createUser("director")]);
    const account = await createAccountIn("execution", manager.id);
    const [item] = await db
      .insert(scopeItems)
      .values({ ...product, productKind: "standard", serviceKind: null, accountId: account.id })
      .returning();
    signInAs(manager.id);
    const raise = (name: string) =>
      createChangeRequestAction({
        ...impacts,
        ...product,
        name,
        op: "update",
        itemId: item!.id,
        accountId: account.id,
      });
    const first = await raise("面漆 甲");
    const second = await raise("面漆 乙");
    if (!first.ok || !second.ok) throw new Error(JSON.stringify([first, second]));

    signInAs(director.id);
    const decide = (id: string) =>
      decideChangeRequestAction({ accountId: account.id, id, version: 1, decision: "approved" });
    expect(await decide(first.data.id)).toMatchObject({ ok: true });
    // The second request was written against the item as it was before the first approval.
    expect(await decide(second.data.id)).toMatchObject({
      ok: false,
      error: "conflict",
      message: "scope.errors.itemChangedSinceRequest",
    });
    const [after] = await db.select().from(scopeItems).where(eq(scopeItems.id, item!.id));
    expect(after).toMatchObject({ name: "面漆 甲", version: 2 });
    expect(
      (await auditActions(account.id)).filter((a) => a === "scopeChangeRequest.approve"),
    ).toHaveLength(1);
  });
  test("a request raised before item versions were recorded compares the edit time", async () => {
    const [manager, director] = await Promise.all([createUser("manager"), createUser("director")]);
    const account = await createAccountIn("execution", manager.id);
    const [item] = await db
      .insert(scopeItems)
      .values({ ...product, productKind: "standard", serviceKind: null, accountId: account.id })
      .returning();
    const [request] = await db
      .insert(scopeChangeRequests)
      .values({
        ...impacts,
        accountId: account.id,
        proposal: { op: "remove", itemId: item!.id, item: null },
        createdById: manager.id,
        createdAt: new Date(Date.now() - 60_000),
      })
      .returning();
    await db.update(scopeItems).set({ name: "后来改过" }).where(eq(scopeItems.id, item!.id));
    signInAs(director.id);
    const decided = await decideChangeRequestAction({
      accountId: account.id,
      id: request!.id,
      version: 1,
      decision: "approved",
    });
    expect(decided).toMatchObject({
      error: "conflict",
      message: "scope.errors.itemChangedSinceRequest",
    });
    expect(await db.select().from(scopeItems).where(eq(scopeItems.id, item!.id))).toHaveLength(1);
  });
});

describe("schedule steps", () => {
  test("removing a step takes the version the user saw: a stale one is a conflict", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("schedule", manager.id);
    signInAs(manager.id);
    const planned = await generateScheduleAction({
      accountId: account.id,
      templateId: "",
      startDate: "2024-02-26",
    });
    if (!planned.ok) throw new Error(JSON.stringify(planned));
    const steps = await db
      .select()
      .from(scheduleSteps)
      .where(eq(scheduleSteps.accountId, account.id))
      .orderBy(asc(scheduleSteps.position));
    const step = steps[2]!;
    await db
      .update(scheduleSteps)
      .set({ label: "别人改过", version: step.version + 1 })
      .where(eq(scheduleSteps.id, step.id));
    const stale = await removeStepAction({
      accountId: account.id,
      id: step.id,
      version: step.version,
    });
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    expect(await db.select().from(scheduleSteps).where(eq(scheduleSteps.id, step.id))).toHaveLength(
      1,
    );
    const missing = await removeStepAction({ accountId: account.id, id: step.id } as never);
    expect(missing).toMatchObject({ ok: false, error: "validation" });
    const fresh = await removeStepAction({
      accountId: account.id,
      id: step.id,
      version: step.version + 1,
    });
    expect(fresh).toMatchObject({ ok: true });
  });
});
