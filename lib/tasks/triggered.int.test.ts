import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, auditLog, returnVisitTriggers, tasks } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { createTriggeredTask } from "./triggered";

let ownerId: string;
let accountId: string;
const at = new Date("2026-03-02T02:00:00Z"); // Monday 10:00 in Shanghai
const sourceId = "00000000-0000-4000-8000-000000000001";

beforeEach(async () => {
  await truncateAll();
  ownerId = (await createUser("manager")).id;
  const [account] = await db
    .insert(accounts)
    .values({ code: "i010101", name: "上海华东涂料有限公司", ownerId })
    .returning();
  accountId = account!.id;
});

const trigger = (key = "account_entered_execution") =>
  db.transaction((tx) => createTriggeredTask(tx, key, { accountId, sourceId, at }));

describe("createTriggeredTask", () => {
  test("creates one open return visit for the owner, due 7 days later, with an audit row", async () => {
    const task = await trigger();
    expect(task).toMatchObject({
      kind: "return_visit",
      status: "open",
      assigneeId: ownerId,
      dueDate: "2026-03-09",
      windowEndsOn: "2026-03-09",
      triggerKey: "account_entered_execution",
      sourceId,
    });
    const audit = await db.select().from(auditLog).where(eq(auditLog.accountId, accountId));
    expect(audit.map((a) => [a.entity, a.action])).toEqual([["task", "create"]]);
  });

  test("the same event twice, even at once, makes one task", async () => {
    const results = await Promise.all([trigger(), trigger()]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect(await trigger()).toBeNull();
    expect(await db.select().from(tasks)).toHaveLength(1);
    // A different trigger on the same source is its own event.
    expect((await trigger("visit_logged"))?.triggerKey).toBe("visit_logged");
  });

  test("uses the trigger's saved window, and a switched-off trigger creates nothing", async () => {
    await db.insert(returnVisitTriggers).values([
      { key: "visit_logged", windowDays: 3 },
      { key: "reception_logged", windowDays: 7, enabled: false },
    ]);
    expect((await trigger("visit_logged"))?.dueDate).toBe("2026-03-05");
    expect(await trigger("reception_logged")).toBeNull();
    expect(await trigger("no_such_trigger")).toBeNull();
    expect(await db.select().from(tasks)).toHaveLength(1);
  });
});
