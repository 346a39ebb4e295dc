import { eq, inArray } from "drizzle-orm";
import { expect, test } from "vitest";
import { db } from "@/db";
import { accounts, orders, surveyInvitations, tasks } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { truncateAll } from "@/db/testing/fixtures";
import { LARGE_CODE_PATTERN } from "./generated-codes";

test("the demo seed on a database with generated accounts puts its orders, surveys and tasks on demo accounts only", async () => {
  await truncateAll();
  await seedDemo(process.env.DATABASE_URL!);
  const [owned] = await db
    .select({ ownerId: accounts.ownerId })
    .from(accounts)
    .where(eq(accounts.stage, "execution"))
    .limit(1);
  // A generated account (its code sorts before every demo code), in execution, owned.
  const [generated] = await db
    .insert(accounts)
    .values({
      code: "i0000000001",
      name: "生成的客户",
      ownerId: owned!.ownerId,
      stage: "execution",
    })
    .returning({ id: accounts.id, code: accounts.code });
  expect(generated!.code).toMatch(new RegExp(LARGE_CODE_PATTERN));
  // Demo data removed, as on a database whose demo seed ran before its generated data.
  await db.delete(orders);
  await db.delete(surveyInvitations);
  await db.delete(tasks);
  await seedDemo(process.env.DATABASE_URL!);

  const onGenerated = (table: typeof orders | typeof surveyInvitations | typeof tasks) =>
    db
      .select()
      .from(table)
      .where(inArray(table.accountId, [generated!.id]));
  expect(await db.$count(orders)).toBeGreaterThan(0);
  expect(await onGenerated(orders)).toEqual([]);
  expect(await onGenerated(surveyInvitations)).toEqual([]);
  expect(await onGenerated(tasks)).toEqual([]);
});
