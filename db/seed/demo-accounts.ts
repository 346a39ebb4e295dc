import { eq } from "drizzle-orm";
import type { drizzle } from "drizzle-orm/postgres-js";
import * as schema from "../schema";
import type { Grade } from "../schema";
import type { Stage } from "@/lib/stages/stages";

type Db = ReturnType<typeof drizzle<typeof schema>>;
type Ref = { kind: schema.ReferenceKind; code: string; nameEn: string; nameZh: string };

export const DEMO_REFERENCE: Ref[] = [
  { kind: "area", code: "0101", nameEn: "Beijing", nameZh: "北京" },
  { kind: "area", code: "0201", nameEn: "Shanghai", nameZh: "上海" },
  { kind: "area", code: "0755", nameEn: "Shenzhen", nameZh: "深圳" },
  { kind: "area", code: "0571", nameEn: "Hangzhou", nameZh: "杭州" },
  { kind: "industry", code: "coatings", nameEn: "Coatings", nameZh: "涂料" },
  { kind: "industry", code: "machinery", nameEn: "Machinery", nameZh: "机械制造" },
  { kind: "industry", code: "electronics", nameEn: "Electronics", nameZh: "电子" },
  { kind: "industry", code: "chemicals", nameEn: "Chemicals", nameZh: "化工" },
  { kind: "source", code: "exhibition", nameEn: "Trade show", nameZh: "展会" },
  { kind: "source", code: "referral", nameEn: "Referral", nameZh: "客户介绍" },
  { kind: "source", code: "website", nameEn: "Website", nameZh: "网站" },
  { kind: "source", code: "cold_call", nameEn: "Cold call", nameZh: "电话开发" },
];

type DemoAccount = {
  code: string;
  name: string;
  grade: Grade;
  area: string;
  industry: string;
  source: string;
  city: string;
  phone: string;
  owner: string;
  /** Stages visited, oldest first, with days spent in each (the last is the current one). */
  path: [Stage, number][];
  decisionMaker?: string;
};

const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    code: "i010101",
    name: "北京华彩涂料有限公司",
    grade: "important",
    area: "0101",
    industry: "coatings",
    source: "exhibition",
    city: "北京",
    phone: "010-62345678",
    owner: "manager@pcrm.example",
    path: [
      ["stakeholders", 6],
      ["evaluation", 4],
    ],
    decisionMaker: "刘建国",
  },
  {
    code: "n020101",
    name: "上海申达机械制造厂",
    grade: "normal",
    area: "0201",
    industry: "machinery",
    source: "referral",
    city: "上海",
    phone: "021-55667788",
    owner: "manager@pcrm.example",
    path: [["stakeholders", 3]],
  },
  {
    code: "p075501",
    name: "深圳新锐电子科技有限公司",
    grade: "potential",
    area: "0755",
    industry: "electronics",
    source: "website",
    city: "深圳",
    phone: "0755-86001234",
    owner: "manager@pcrm.example",
    path: [["stakeholders", 21]],
  },
  {
    code: "i057101",
    name: "杭州绿源化工股份有限公司",
    grade: "important",
    area: "0571",
    industry: "chemicals",
    source: "exhibition",
    city: "杭州",
    phone: "0571-88112233",
    owner: "manager@pcrm.example",
    path: [
      ["stakeholders", 9],
      ["evaluation", 20],
    ],
    decisionMaker: "王海燕",
  },
  {
    code: "n010102",
    name: "北京恒通机电设备有限公司",
    grade: "normal",
    area: "0101",
    industry: "machinery",
    source: "cold_call",
    city: "北京",
    phone: "010-84561230",
    owner: "manager@pcrm.example",
    path: [
      ["stakeholders", 12],
      ["evaluation", 9],
      ["dropped", 30],
    ],
    decisionMaker: "赵明",
  },
  {
    code: "i020102",
    name: "上海东方化学工业公司",
    grade: "important",
    area: "0201",
    industry: "chemicals",
    source: "referral",
    city: "上海",
    phone: "021-63218899",
    owner: "manager2@pcrm.example",
    path: [
      ["stakeholders", 5],
      ["evaluation", 7],
    ],
    decisionMaker: "孙丽",
  },
  {
    code: "n075502",
    name: "深圳鹏程精密五金有限公司",
    grade: "normal",
    area: "0755",
    industry: "machinery",
    source: "exhibition",
    city: "深圳",
    phone: "0755-27889900",
    owner: "manager2@pcrm.example",
    path: [["stakeholders", 2]],
  },
  {
    code: "p057102",
    name: "杭州西湖涂装材料有限公司",
    grade: "potential",
    area: "0571",
    industry: "coatings",
    source: "website",
    city: "杭州",
    phone: "0571-86543210",
    owner: "manager2@pcrm.example",
    path: [["stakeholders", 18]],
  },
  {
    code: "n010103",
    name: "北京中科光电仪器有限公司",
    grade: "normal",
    area: "0101",
    industry: "electronics",
    source: "referral",
    city: "北京",
    phone: "010-82653344",
    owner: "manager2@pcrm.example",
    path: [
      ["stakeholders", 8],
      ["evaluation", 11],
      ["dropped", 15],
    ],
    decisionMaker: "周强",
  },
  {
    code: "i020103",
    name: "上海宝华工业涂料有限公司",
    grade: "important",
    area: "0201",
    industry: "coatings",
    source: "exhibition",
    city: "上海",
    phone: "021-57781122",
    owner: "manager@pcrm.example",
    path: [["stakeholders", 4]],
  },
];

/** Reference data and a small, realistic set of demo accounts; idempotent by code. */
export async function seedDemoAccounts(
  db: Db,
  userIdByEmail: Map<string, string>,
  directorId: string,
) {
  await db
    .insert(schema.referenceItems)
    .values(DEMO_REFERENCE.map((r, i) => ({ ...r, sortOrder: i })))
    .onConflictDoNothing();
  const refs = await db.select().from(schema.referenceItems);
  const ref = (kind: schema.ReferenceKind, code: string) =>
    refs.find((r) => r.kind === kind && r.code === code)!.id;
  const DAY = 86_400_000;
  for (const demo of DEMO_ACCOUNTS) {
    const [exists] = await db
      .select({ id: schema.accounts.id })
      .from(schema.accounts)
      .where(eq(schema.accounts.code, demo.code));
    if (exists) continue;
    const ownerId = userIdByEmail.get(demo.owner)!;
    const totalDays = demo.path.reduce((sum, [, days]) => sum + days, 0);
    let at = new Date(Date.now() - totalDays * DAY);
    const [current] = demo.path.at(-1)!;
    const enteredCurrent = new Date(Date.now() - demo.path.at(-1)![1] * DAY);
    await db.transaction(async (tx) => {
      const [account] = await tx
        .insert(schema.accounts)
        .values({
          code: demo.code,
          name: demo.name,
          grade: demo.grade,
          areaId: ref("area", demo.area),
          industryId: ref("industry", demo.industry),
          sourceId: ref("source", demo.source),
          countryRegion: "中国",
          city: demo.city,
          phone: demo.phone,
          ownerId,
          createdById: ownerId,
          stage: current,
          stageEnteredAt: enteredCurrent,
          outcomeReason:
            current === "dropped" ? "评估结果为不开发：预算不足，采购意向不明确" : null,
          createdAt: at,
        })
        .returning({ id: schema.accounts.id });
      if (demo.decisionMaker) {
        await tx.insert(schema.stakeholders).values({
          accountId: account!.id,
          side: "customer",
          name: demo.decisionMaker,
          title: "采购总监",
          decisionRole: "decision_maker",
          influence: 5,
          attitude: "supporter",
          isPrimary: true,
        });
      }
      let from: Stage | null = null;
      for (const [index, [stage, days]] of demo.path.entries()) {
        const last = index === demo.path.length - 1;
        const exitedAt = last ? null : new Date(at.getTime() + days * DAY);
        const kind = from === null ? "create" : stage === "dropped" ? "drop" : "forward";
        // Past the stakeholder gate the evaluation gate needs the scorecard workspace; demo moves are director overrides.
        const override = from === "evaluation" && stage !== "dropped";
        await tx.insert(schema.stageTransitions).values({
          accountId: account!.id,
          fromStage: from,
          toStage: stage,
          kind,
          at,
          byId: override ? directorId : ownerId,
          note: stage === "dropped" ? "评估结果为不开发：预算不足，采购意向不明确" : "",
          override,
          exitedAt,
          durationDays: last ? null : days,
        });
        from = stage;
        if (exitedAt) at = exitedAt;
      }
    });
  }
}
