import { eq } from "drizzle-orm";
import type { drizzle } from "drizzle-orm/postgres-js";
import zh from "@/messages/schedule/zh-CN.json" with { type: "json" };
import { staffCost, type CostCategory, type CostKind } from "@/lib/cost/totals";
import { addDays, daysBetween, todayIn } from "@/lib/dates";
import type { DefaultStepKey } from "@/lib/schedule/default-templates";
import type { Stage } from "@/lib/stages/stages";
import * as schema from "../schema";
import type { Grade } from "../schema";

type Db = ReturnType<typeof drizzle<typeof schema>>;

/**
 * A step as days relative to the seeding day: planned start/finish and, when
 * started or finished, actual start/finish (negative = in the past).
 */
type DemoStep = [DefaultStepKey, number, number, number | null, number | null];
type DemoLine = {
  kind?: CostKind;
  category: CostCategory;
  description: string;
  planned: number;
  actual: number | null;
  staff?: { hours: number; rate: number };
};
type DeliveryAccount = {
  code: string;
  name: string;
  grade: Grade;
  area: string;
  industry: string;
  source: string;
  city: string;
  phone: string;
  owner: string;
  decisionMaker: string;
  /** Stages visited with days in each; the last is the current one. */
  path: [Stage, number][];
  steps: DemoStep[];
  cost: { budget: number | null; approved: boolean; lines: DemoLine[] };
};

/** Through the gates the demo has no records for (scorecard, requirements, scope). */
const OVERRIDDEN_EXITS: Stage[] = ["evaluation", "requirements", "scope"];
const OVERRIDE_NOTE = "演示数据：主管特批";

/**
 * Accounts in planning and execution with schedules (a baseline, actual dates, some
 * steps late) and cost plans (some over budget), so the schedule and cost pages and
 * the "Schedule & cost" dashboard have something to show. Amounts in fen.
 * manager2's two accounts are what e2e/dashboards-delivery.spec.ts checks.
 */
const DELIVERY_ACCOUNTS: DeliveryAccount[] = [
  {
    code: "i020104",
    name: "上海永盛涂料有限公司",
    grade: "important",
    area: "0201",
    industry: "coatings",
    source: "exhibition",
    city: "上海",
    phone: "021-58862200",
    owner: "manager2@pcrm.example",
    decisionMaker: "陈志强",
    path: [
      ["stakeholders", 10],
      ["evaluation", 12],
      ["requirements", 15],
      ["scope", 8],
      ["schedule", 6],
      ["cost_plan", 5],
      ["execution", 60],
    ],
    steps: [
      ["customerDevelopment", -71, -58, -71, -60],
      ["evaluation", -57, -51, -59, -49],
      ["requirementsSurvey", -50, -41, -48, -41],
      ["requirementsConfirmation", -40, -36, -40, -30],
      ["samples", -35, -5, -29, null],
      ["orderConfirmation", 3, 3, null, null],
      ["production", 4, 24, null, null],
      ["shipping", 25, 29, null, null],
      ["afterSalesService", 30, 119, null, null],
    ],
    cost: {
      budget: 6_000_000,
      approved: true,
      lines: [
        {
          category: "travel",
          description: "客户工厂拜访（3 次）",
          planned: 1_200_000,
          actual: 1_560_000,
        },
        {
          category: "samples",
          description: "防腐涂料样品及检测",
          planned: 1_800_000,
          actual: 2_100_000,
        },
        { category: "reception", description: "客户来访接待", planned: 600_000, actual: 450_000 },
        {
          category: "staff",
          description: "技术服务工时",
          planned: 0,
          actual: 2_700_000,
          staff: { hours: 8_000, rate: 30_000 },
        },
        {
          kind: "indirect",
          category: "marketing",
          description: "行业展会分摊",
          planned: 500_000,
          actual: null,
        },
      ],
    },
  },
  {
    code: "n075503",
    name: "深圳恒昌电子有限公司",
    grade: "normal",
    area: "0755",
    industry: "electronics",
    source: "referral",
    city: "深圳",
    phone: "0755-26653388",
    owner: "manager2@pcrm.example",
    decisionMaker: "黄晓明",
    path: [
      ["stakeholders", 8],
      ["evaluation", 9],
      ["requirements", 12],
      ["scope", 6],
      ["schedule", 7],
      ["cost_plan", 4],
      ["execution", 150],
    ],
    steps: [
      ["customerDevelopment", -170, -141, -170, -138],
      ["evaluation", -140, -131, -137, -126],
      ["requirementsSurvey", -130, -117, -125, -115],
      ["requirementsConfirmation", -116, -110, -114, -108],
      ["samples", -109, -80, -107, -82],
      ["orderConfirmation", -79, -79, -75, -75],
      ["production", -78, -49, -74, -40],
      ["shipping", -48, -42, -39, -33],
      ["afterSalesService", -41, 48, -32, null],
    ],
    cost: {
      budget: 4_500_000,
      approved: true,
      lines: [
        {
          category: "travel",
          description: "拜访与技术交流",
          planned: 1_500_000,
          actual: 1_380_000,
        },
        { category: "samples", description: "电子元件样品", planned: 1_000_000, actual: 950_000 },
        {
          category: "staff",
          description: "工程师驻场支持",
          planned: 0,
          actual: 1_500_000,
          staff: { hours: 6_000, rate: 25_000 },
        },
        { category: "other", description: "认证资料费", planned: 300_000, actual: 120_000 },
      ],
    },
  },
  {
    code: "i010104",
    name: "北京瑞丰机械股份有限公司",
    grade: "important",
    area: "0101",
    industry: "machinery",
    source: "cold_call",
    city: "北京",
    phone: "010-67781234",
    owner: "manager@pcrm.example",
    decisionMaker: "李国华",
    path: [
      ["stakeholders", 7],
      ["evaluation", 10],
      ["requirements", 14],
      ["scope", 6],
      ["schedule", 8],
      ["cost_plan", 6],
    ],
    steps: [
      ["customerDevelopment", -45, -16, -45, -12],
      ["evaluation", -15, -6, -11, -4],
      ["requirementsSurvey", -5, 8, -3, null],
      ["requirementsConfirmation", 9, 15, null, null],
      ["samples", 16, 45, null, null],
      ["orderConfirmation", 46, 46, null, null],
      ["production", 46, 75, null, null],
      ["shipping", 76, 82, null, null],
      ["afterSalesService", 83, 172, null, null],
    ],
    cost: {
      budget: 3_000_000,
      approved: false,
      lines: [
        {
          category: "travel",
          description: "投标答疑及现场考察",
          planned: 900_000,
          actual: 400_000,
        },
        { category: "samples", description: "样机运输", planned: 1_200_000, actual: null },
      ],
    },
  },
  {
    code: "n057103",
    name: "杭州润泽化工有限公司",
    grade: "normal",
    area: "0571",
    industry: "chemicals",
    source: "website",
    city: "杭州",
    phone: "0571-85503366",
    owner: "manager@pcrm.example",
    decisionMaker: "吴敏",
    path: [
      ["stakeholders", 6],
      ["evaluation", 8],
      ["requirements", 10],
      ["scope", 5],
      ["schedule", 4],
      ["cost_plan", 3],
      ["execution", 40],
    ],
    steps: [
      ["customerDevelopment", -60, -31, -60, -33],
      ["evaluation", -30, -21, -32, -22],
      ["requirementsSurvey", -20, -7, -21, -4],
      ["requirementsConfirmation", -3, 3, -3, null],
      ["samples", 4, 33, null, null],
      ["orderConfirmation", 34, 34, null, null],
      ["production", 34, 63, null, null],
      ["shipping", 64, 70, null, null],
      ["afterSalesService", 71, 160, null, null],
    ],
    cost: {
      budget: null,
      approved: true,
      lines: [
        { category: "travel", description: "客户拜访", planned: 800_000, actual: 1_100_000 },
        { category: "samples", description: "化工原料样品", planned: 1_500_000, actual: null },
      ],
    },
  },
];

const DAY = 86_400_000;

/** Demo accounts with schedules and cost plans; idempotent by customer code. */
export async function seedDemoDelivery(
  db: Db,
  userIdByEmail: Map<string, string>,
  directorId: string,
) {
  const refs = await db.select().from(schema.referenceItems);
  const ref = (kind: schema.ReferenceKind, code: string) =>
    refs.find((r) => r.kind === kind && r.code === code)?.id ?? null;
  const templates = await db
    .select()
    .from(schema.scheduleTemplates)
    .where(eq(schema.scheduleTemplates.active, true));
  const today = todayIn(process.env.PCRM_TIME_ZONE ?? "Asia/Shanghai", new Date());
  const day = (offset: number) => addDays(today, offset);
  const now = Date.now();
  for (const demo of DELIVERY_ACCOUNTS) {
    const [exists] = await db
      .select({ id: schema.accounts.id })
      .from(schema.accounts)
      .where(eq(schema.accounts.code, demo.code));
    if (exists) continue;
    const ownerId = userIdByEmail.get(demo.owner)!;
    const industryId = ref("industry", demo.industry);
    const [current, openDays] = demo.path.at(-1)!;
    let at = now - demo.path.reduce((sum, [, days]) => sum + days, 0) * DAY;
    const enteredAt = new Map<Stage, number>();
    await db.transaction(async (tx) => {
      const [account] = await tx
        .insert(schema.accounts)
        .values({
          code: demo.code,
          name: demo.name,
          grade: demo.grade,
          areaId: ref("area", demo.area),
          industryId,
          sourceId: ref("source", demo.source),
          countryRegion: "中国",
          city: demo.city,
          phone: demo.phone,
          ownerId,
          createdById: ownerId,
          stage: current,
          stageEnteredAt: new Date(now - openDays * DAY),
          createdAt: new Date(at),
        })
        .returning({ id: schema.accounts.id });
      const accountId = account!.id;
      await tx.insert(schema.stakeholders).values({
        accountId,
        side: "customer",
        name: demo.decisionMaker,
        title: "总经理",
        decisionRole: "decision_maker",
        influence: 5,
        attitude: "supporter",
        isPrimary: true,
      });
      let from: Stage | null = null;
      for (const [index, [stage, days]] of demo.path.entries()) {
        const last = index === demo.path.length - 1;
        const override = from !== null && OVERRIDDEN_EXITS.includes(from);
        enteredAt.set(stage, at);
        await tx.insert(schema.stageTransitions).values({
          accountId,
          fromStage: from,
          toStage: stage,
          kind: from === null ? "create" : "forward",
          at: new Date(at),
          byId: override ? directorId : ownerId,
          note: override ? OVERRIDE_NOTE : "",
          override,
          exitedAt: last ? null : new Date(at + days * DAY),
          durationDays: last ? null : days,
        });
        from = stage;
        if (!last) at += days * DAY;
      }

      const template =
        templates.find((t) => industryId !== null && t.industryId === industryId) ??
        templates.find((t) => t.isDefault);
      const start = day(demo.steps[0]![1]);
      const [schedule] = await tx
        .insert(schema.schedules)
        .values({
          accountId,
          templateId: template?.id ?? null,
          startDate: start,
          targetDaysToOrder: template?.targetDaysToOrder ?? null,
          createdAt: new Date(enteredAt.get("schedule")!),
        })
        .returning({ id: schema.schedules.id });
      const steps = demo.steps.map(([key, ps, pf, as, af], position) => ({
        scheduleId: schedule!.id,
        accountId,
        position,
        key,
        label: zh.step[key],
        durationDays: key === "orderConfirmation" ? 0 : daysBetween(day(ps), day(pf)) + 1,
        plannedStart: day(ps),
        plannedFinish: day(pf),
        actualStart: as === null ? null : day(as),
        actualFinish: af === null ? null : day(af),
      }));
      await tx.insert(schema.scheduleSteps).values(steps);
      // The baseline the schedule gate asked for, saved when the account left the stage.
      await tx.insert(schema.scheduleBaselines).values({
        scheduleId: schedule!.id,
        accountId,
        number: 1,
        name: "与客户确认的计划",
        steps: steps.map((s) => ({
          key: s.key,
          label: s.label,
          plannedStart: s.plannedStart,
          plannedFinish: s.plannedFinish,
        })),
        savedById: ownerId,
        savedAt: new Date(enteredAt.get("cost_plan")!),
      });

      const costStart = enteredAt.get("cost_plan")!;
      const decided = enteredAt.get("execution");
      const [plan] = await tx
        .insert(schema.costPlans)
        .values({
          accountId,
          currency: "CNY",
          budgetMinor: demo.cost.budget,
          status: demo.cost.approved ? "approved" : "submitted",
          submittedAt: new Date(costStart + DAY),
          submittedById: ownerId,
          decidedAt: demo.cost.approved && decided ? new Date(decided) : null,
          decidedById: demo.cost.approved ? directorId : null,
          createdAt: new Date(costStart),
        })
        .returning({ id: schema.costPlans.id });
      await tx.insert(schema.costLines).values(
        demo.cost.lines.map((l) => ({
          costPlanId: plan!.id,
          accountId,
          kind: l.kind ?? "direct",
          category: l.category,
          description: l.description,
          plannedMinor: l.staff ? staffCost(l.staff.hours, l.staff.rate) : l.planned,
          actualMinor: l.actual,
          hoursHundredths: l.staff?.hours ?? null,
          rateMinor: l.staff?.rate ?? null,
        })),
      );
    });
  }
}
