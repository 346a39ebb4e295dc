import { createCostLineAction } from "@/app/(app)/accounts/[id]/cost/actions";
import { startEvaluationAction } from "@/app/(app)/accounts/[id]/evaluation/actions";
import { saveRequirementDocAction } from "@/app/(app)/accounts/[id]/requirements/actions";
import { generateScheduleAction } from "@/app/(app)/accounts/[id]/schedule/actions";
import {
  createChangeRequestAction,
  createScopeItemAction,
} from "@/app/(app)/accounts/[id]/scope/actions";
import { createAccountIn } from "@/db/testing/planning-fixtures";
import { createActivityAction } from "@/app/(app)/accounts/[id]/activity-actions";
import { createStakeholderAction } from "@/app/(app)/accounts/[id]/stakeholder-actions";
import { createServiceRequestAction } from "@/app/(app)/service/request-actions";
import { createOrderAction } from "@/app/(app)/accounts/[id]/order-actions";
import { db } from "@/db";
import { importRows, imports, referenceItems, scopeItems, products } from "@/db/schema";
import { seedServiceDefaults, seedSurveyDefaults } from "@/db/seed/built-ins";
import { seedScheduleTemplates } from "@/db/seed/schedule-templates";
import { seedDefaultScorecardTemplate } from "@/db/seed/scorecards";
import { createUser } from "../fixtures";
import { signInAs } from "../session";
import { loadFuzzWorld } from "./load";
import {
  IMPACTS,
  ORDER,
  ORDER_LINE,
  REQUIREMENT_ROW,
  SCOPE_ITEM,
  SECTIONS,
  STAKEHOLDER,
} from "./records";

/*
 * One small set of records every server action can be pointed at, for the fuzz test
 * (lib/actions/fuzz.int.test.ts): a user of each role, reference items of each kind,
 * an open account with a record in every workspace, a later-stage account with a scope
 * change request, and another manager's account. Records are made through the actions.
 */

const ok = <T>(result: { ok: true; data: T } | { ok: false }): T => {
  if (!result.ok) throw new Error(`fuzz world: ${JSON.stringify(result)}`);
  return result.data;
};

/** A record in every workspace of `accountId`, as its owner (signed in) makes them. */
async function fillWorkspaces(accountId: string, productId: string) {
  ok(await createScopeItemAction({ ...SCOPE_ITEM, accountId }));
  ok(
    await createStakeholderAction({
      accountId,
      fields: { ...STAKEHOLDER, name: "王经理", decisionRole: "decision_maker", isPrimary: true },
    }),
  );
  ok(
    await createActivityAction({
      accountId,
      fields: {
        type: "call",
        occurredAt: "2024-03-01T10:00",
        subject: "电话沟通",
        content: "",
        outcome: "",
        nextFollowUp: "",
        contactIds: [],
        participantIds: [],
      },
    }),
  );
  // A visit with a follow-up date: a return visit and a follow-up (lib/tasks/triggered.ts).
  ok(
    await createActivityAction({
      accountId,
      fields: {
        type: "visit",
        occurredAt: "2024-03-01T15:00",
        subject: "上门拜访",
        content: "",
        outcome: "",
        nextFollowUp: "2024-03-08",
        contactIds: [],
        participantIds: [],
      },
    }),
  );
  ok(await generateScheduleAction({ accountId, templateId: "", startDate: "2024-03-01" }));
  ok(
    await createCostLineAction({
      accountId,
      currency: "CNY",
      kind: "direct",
      category: "travel",
      description: "拜访",
      planned: "1200",
      actual: "",
      hours: "",
      rate: "",
      date: "",
      note: "",
    }),
  );
  ok(await startEvaluationAction({ accountId, templateId: "" }));
  ok(
    await createServiceRequestAction({
      accountId,
      receivedAt: "2026-03-02T10:00",
      priority: "normal",
      fields: {
        subject: "涂层起泡",
        product: "",
        contactId: "",
        channel: "phone",
        type: "complaint",
        description: "",
        resolution: "",
      },
    }),
  );
  ok(
    await createOrderAction({
      accountId,
      fields: { ...ORDER, lines: [{ ...ORDER_LINE, productId }] },
    }),
  );
  ok(
    await saveRequirementDocAction({
      accountId,
      versionId: "",
      version: 0,
      baseNumber: 0,
      sections: SECTIONS,
      requirements: [REQUIREMENT_ROW],
    }),
  );
}

export async function buildFuzzWorld() {
  const [admin, director, owner, other, executive] = await Promise.all([
    createUser("admin"),
    createUser("director"),
    createUser("manager"),
    createUser("manager"),
    createUser("executive"),
  ]);
  const [industry, source, area] = await db
    .insert(referenceItems)
    .values([
      { kind: "industry", code: "coatings", nameEn: "Coatings", nameZh: "涂料" },
      { kind: "source", code: "expo", nameEn: "Expo", nameZh: "展会" },
      { kind: "area", code: "0101", nameEn: "East", nameZh: "华东" },
    ])
    .returning();
  await seedScheduleTemplates(db);
  await seedDefaultScorecardTemplate(db);
  await seedServiceDefaults(db);
  await seedSurveyDefaults(db);

  const account = await createAccountIn("scope", owner.id, { areaId: area!.id });
  const late = await createAccountIn("execution", owner.id, { areaId: area!.id });
  const foreign = await createAccountIn("scope", other.id, { areaId: area!.id });
  const [product] = await db
    .insert(products)
    .values({ code: "P-FUZZ-1", name: "底漆", unit: "桶", listPriceMinor: 9900, costMinor: 6000 })
    .returning();
  signInAs(owner.id);
  await fillWorkspaces(account.id, product!.id);
  const [lateItem] = await db
    .insert(scopeItems)
    .values({ accountId: late.id, type: "service", serviceKind: "technical", name: "驻场" })
    .returning();
  const request = ok(
    await createChangeRequestAction({
      ...SCOPE_ITEM,
      ...IMPACTS,
      accountId: late.id,
      op: "remove",
      itemId: lateItem!.id,
    }),
  );
  signInAs(null);
  const [upload] = await db
    .insert(imports)
    .values({
      createdById: owner.id,
      ownerId: owner.id,
      fileName: "客户.csv",
      format: "csv",
      size: 40,
      detectedEncoding: "gb18030",
      encoding: "gb18030",
      header: ["客户名称", "区号"],
      mapping: ["name", "area"],
      status: "checked",
    })
    .returning();
  // Row 2 of the file duplicates the owner's account by name.
  await db.insert(importRows).values({
    importId: upload!.id,
    rowNo: 2,
    values: { name: account.name, area: "0101" },
    state: "pending",
    matchRule: "name",
    matchAccountId: account.id,
  });
  return loadFuzzWorld({
    users: { admin, director, owner, other, executive },
    reference: { industry: industry!, source: source!, area: area! },
    account,
    late,
    foreign,
    requestId: request.id,
    importId: upload!.id,
  });
}
