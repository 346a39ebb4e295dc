import { and, desc, eq } from "drizzle-orm";
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
import {
  importRows,
  imports,
  accounts,
  activities,
  churnCases,
  tasks,
  costLines,
  escalationLog,
  escalationSteps,
  costPlans,
  evaluations,
  referenceItems,
  requirementDocVersions,
  scheduleSteps,
  scheduleTemplates,
  scopeChangeRequests,
  scopeItems,
  scorecardTemplates,
  serviceRequests,
  stakeholders,
  users,
  orders,
  products,
} from "@/db/schema";
import { seedServiceDefaults, seedSurveyDefaults } from "@/db/seed/built-ins";
import { seedScheduleTemplates } from "@/db/seed/schedule-templates";
import { seedDefaultScorecardTemplate } from "@/db/seed/scorecards";
import type { StakeholderFields } from "@/lib/validations/stakeholder";
import { REQUIREMENT_SECTIONS } from "@/lib/requirements/model";
import { createUser } from "./fixtures";
import { signInAs } from "./session";

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
const one = async <T>(rows: Promise<T[]>) => {
  const [row] = await rows;
  if (!row) throw new Error("fuzz world: a record is missing");
  return row;
};

export const SCOPE_ITEM = {
  type: "product",
  productKind: "standard",
  serviceKind: "",
  name: "水性面漆",
  inScope: true,
  agreementRef: "",
  note: "",
} as const;
export const IMPACTS = {
  change: "改为定制",
  reason: "客户要求",
  costImpact: "无",
  scheduleImpact: "无",
  riskImpact: "低",
};
export const STAKEHOLDER = {
  side: "customer",
  name: "李工",
  salutation: "",
  department: "技术部",
  title: "工程师",
  decisionRole: "influencer",
  influence: 3,
  attitude: "neutral",
  mobile: "13800000000",
  officePhone: "",
  homePhone: "",
  fax: "",
  email: "li@example.com",
  countryRegion: "中国",
  province: "江苏",
  city: "南京",
  postalCode: "210000",
  address: "",
  isPrimary: false,
  hobbies: "",
  specialDates: [{ label: "生日", date: "1980-05-01" }],
} satisfies StakeholderFields;
export const ORDER = {
  number: "HT-FUZZ-001",
  orderDate: "2026-03-02",
  contactId: "",
  currency: "CNY" as const,
  notes: "",
};
export const ORDER_LINE = { unitPrice: "120.50", quantity: "3", discount: "10" };
export const PRODUCT = {
  code: "P-FUZZ",
  name: "水性面漆",
  unit: "桶",
  currency: "CNY" as const,
  listPrice: "120.50",
  cost: "80",
  active: true,
};
export const SECTIONS = Object.fromEntries(REQUIREMENT_SECTIONS.map((s) => [s, "说明"]));
export const REQUIREMENT_ROW = {
  id: "R1",
  kind: "functional",
  title: "耐候性",
  priority: "must",
  acceptanceCriteria: "1000 小时",
  sourceStakeholderId: null,
  status: "proposed",
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

type Seeds = {
  users: Record<"admin" | "director" | "owner" | "other" | "executive", typeof users.$inferSelect>;
  reference: Record<"industry" | "source" | "area", typeof referenceItems.$inferSelect>;
  account: typeof accounts.$inferSelect;
  late: typeof accounts.$inferSelect;
  foreign: typeof accounts.$inferSelect;
  requestId: string;
  importId: string;
};

/** The world's records as they are now (versions move as the fuzz test's calls succeed). */
export async function loadFuzzWorld(seeds: Seeds) {
  const accountId = seeds.account.id;
  const user = (id: string) => one(db.select().from(users).where(eq(users.id, id)));
  const item = (id: number) =>
    one(db.select().from(referenceItems).where(eq(referenceItems.id, id)));
  const acc = (id: string) => one(db.select().from(accounts).where(eq(accounts.id, id)));
  return {
    seeds,
    users: {
      admin: await user(seeds.users.admin.id),
      director: await user(seeds.users.director.id),
      owner: await user(seeds.users.owner.id),
      other: await user(seeds.users.other.id),
      executive: await user(seeds.users.executive.id),
    },
    reference: {
      industry: await item(seeds.reference.industry.id),
      source: await item(seeds.reference.source.id),
      area: await item(seeds.reference.area.id),
    },
    account: await acc(accountId),
    late: await acc(seeds.late.id),
    foreign: await acc(seeds.foreign.id),
    request: await one(
      db.select().from(scopeChangeRequests).where(eq(scopeChangeRequests.id, seeds.requestId)),
    ),
    importRecord: await one(db.select().from(imports).where(eq(imports.id, seeds.importId))),
    // Records a fuzzed delete may have removed: a made-up id then (the call is "not found").
    scopeItem: orGone(
      await db.select().from(scopeItems).where(eq(scopeItems.accountId, accountId)),
    ),
    stakeholder: orGone(
      await db.select().from(stakeholders).where(eq(stakeholders.accountId, accountId)),
    ),
    activity: orGone(await db.select().from(activities).where(eq(activities.accountId, accountId))),
    serviceRequest: orGone(
      await db.select().from(serviceRequests).where(eq(serviceRequests.accountId, accountId)),
    ),
    ladderStep: await one(
      db.select().from(escalationSteps).orderBy(escalationSteps.position).limit(1),
    ),
    product: orGone(await db.select().from(products)),
    order: orGone(await db.select().from(orders).where(eq(orders.accountId, accountId))),
    churnCase: orGone(
      await db
        .select()
        .from(churnCases)
        .where(eq(churnCases.accountId, accountId))
        .orderBy(desc(churnCases.createdAt)),
    ),
    escalation: (await db.select({ id: escalationLog.id }).from(escalationLog))[0] ?? {
      id: GONE.id,
    },
    returnVisit: orGone(
      await db
        .select()
        .from(tasks)
        .where(and(eq(tasks.accountId, accountId), eq(tasks.kind, "return_visit"))),
    ),
    followUp: orGone(
      await db
        .select()
        .from(tasks)
        .where(and(eq(tasks.accountId, accountId), eq(tasks.kind, "follow_up"))),
    ),
    step: orGone(
      await db.select().from(scheduleSteps).where(eq(scheduleSteps.accountId, accountId)),
    ),
    costPlan: await one(db.select().from(costPlans).where(eq(costPlans.accountId, accountId))),
    costLine: orGone(await db.select().from(costLines).where(eq(costLines.accountId, accountId))),
    evaluation: await one(
      db
        .select()
        .from(evaluations)
        .where(eq(evaluations.accountId, accountId))
        .orderBy(desc(evaluations.createdAt)),
    ),
    requirementDoc: await one(
      db
        .select()
        .from(requirementDocVersions)
        .where(eq(requirementDocVersions.accountId, accountId))
        .orderBy(desc(requirementDocVersions.number)),
    ),
    scheduleTemplate: await one(
      db.select().from(scheduleTemplates).where(eq(scheduleTemplates.isDefault, true)),
    ),
    scorecardTemplate: await one(
      db.select().from(scorecardTemplates).where(eq(scorecardTemplates.isDefault, true)),
    ),
  };
}

const GONE = { id: "00000000-0000-4000-8000-000000000000", version: 1 };
const orGone = <T extends { id: string; version: number }>(rows: T[]) =>
  rows[0] ?? ({ ...GONE } as T);

export type FuzzWorld = Awaited<ReturnType<typeof buildFuzzWorld>>;
