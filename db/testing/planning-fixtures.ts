import { eq } from "drizzle-orm";
import { db } from "@/db";
import { accounts, auditLog, stageTransitions } from "@/db/schema";
import type { Stage } from "@/lib/stages/stages";

let serial = 0;

/** An account put straight into `stage` (as the planning tests need), with its open transition row. */
export async function createAccountIn(
  stage: Stage,
  ownerId: string,
  extra: Partial<typeof accounts.$inferInsert> = {},
) {
  serial++;
  const [account] = await db
    .insert(accounts)
    .values({
      code: `n9901${String(serial).padStart(3, "0")}${Date.now() % 1000}`,
      name: `测试客户 ${serial}`,
      ownerId,
      stage,
      ...extra,
    })
    .returning();
  await db
    .insert(stageTransitions)
    .values({ accountId: account!.id, toStage: stage, kind: "create", byId: ownerId });
  return account!;
}

export const stageOf = async (id: string) =>
  (await db.select({ stage: accounts.stage }).from(accounts).where(eq(accounts.id, id)))[0]!.stage;

export const auditActions = async (accountId: string) =>
  (
    await db
      .select({ entity: auditLog.entity, action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.accountId, accountId))
  ).map((r) => `${r.entity}.${r.action}`);
