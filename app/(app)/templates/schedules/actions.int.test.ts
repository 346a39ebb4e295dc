import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { referenceItems, scheduleTemplates } from "@/db/schema";
import { seedScheduleTemplates } from "@/db/seed/schedule-templates";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import {
  createScheduleTemplateAction,
  makeDefaultScheduleTemplateAction,
  setScheduleTemplateActiveAction,
  updateScheduleTemplateAction,
} from "./actions";

const template = {
  name: "机械行业",
  industry: "machinery",
  targetDaysToOrder: 150,
  steps: [
    { key: "visit", label: "首次拜访", durationDays: 10 },
    { key: "orderConfirmation", label: "订单确认", durationDays: 0 },
  ],
};
const row = async (id: string) =>
  (await db.select().from(scheduleTemplates).where(eq(scheduleTemplates.id, id)))[0]!;

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
  await db.insert(referenceItems).values([
    { kind: "industry", code: "coatings", nameEn: "Coatings", nameZh: "涂料" },
    { kind: "industry", code: "machinery", nameEn: "Machinery", nameZh: "机械制造" },
  ]);
});

describe("schedule templates", () => {
  test("the seed adds the default and coatings templates once, in Chinese", async () => {
    await seedScheduleTemplates(db);
    await seedScheduleTemplates(db);
    const rows = await db.select().from(scheduleTemplates);
    expect(rows.map((r) => [r.name, r.isDefault, r.targetDaysToOrder]).sort()).toEqual([
      ["标准客户开发", true, 120],
      ["涂料行业", false, 90],
    ]);
    expect(rows[0]!.steps[0]!.label).toMatch(/新客户开发/);
  });

  test("directors and admins maintain templates; managers and executives may not", async () => {
    const [director, admin, manager, executive] = await Promise.all([
      createUser("director"),
      createUser("admin"),
      createUser("manager"),
      createUser("executive"),
    ]);
    for (const user of [manager, executive]) {
      signInAs(user.id);
      expect(await createScheduleTemplateAction(template)).toMatchObject({ error: "forbidden" });
    }
    signInAs(director.id);
    const created = await createScheduleTemplateAction(template);
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data.id : "";
    expect(await row(id)).toMatchObject({ name: "机械行业", targetDaysToOrder: 150 });

    signInAs(admin.id);
    const updated = await updateScheduleTemplateAction({
      ...template,
      targetDaysToOrder: null,
      id,
      version: 1,
    });
    expect(updated).toEqual({ ok: true, data: { version: 2 } });
    expect((await row(id)).targetDaysToOrder).toBeNull();
    expect(await updateScheduleTemplateAction({ ...template, id, version: 1 })).toMatchObject({
      error: "conflict",
    });
    signInAs(manager.id);
    expect(await setScheduleTemplateActiveAction({ id, version: 2, active: false })).toMatchObject({
      error: "forbidden",
    });
  });

  test("each industry has one template in use, and the default cannot be taken out of use", async () => {
    const director = await createUser("director");
    signInAs(director.id);
    await seedScheduleTemplates(db);
    const coatings = await createScheduleTemplateAction({ ...template, industry: "coatings" });
    expect(coatings).toMatchObject({ fieldErrors: { industry: ["validation.industryTaken"] } });
    const unknown = await createScheduleTemplateAction({ ...template, industry: "shipping" });
    expect(unknown).toMatchObject({ fieldErrors: { industry: ["validation.industryUnknown"] } });

    const [standard] = await db
      .select()
      .from(scheduleTemplates)
      .where(eq(scheduleTemplates.isDefault, true));
    expect(
      await setScheduleTemplateActiveAction({ id: standard!.id, version: 1, active: false }),
    ).toMatchObject({ error: "refused", message: "schedule.errors.defaultRequired" });

    const created = await createScheduleTemplateAction({ ...template, industry: "" });
    const id = created.ok ? created.data.id : "";
    expect(await makeDefaultScheduleTemplateAction({ id, version: 1 })).toMatchObject({ ok: true });
    expect((await row(id)).isDefault).toBe(true);
    expect((await row(standard!.id)).isDefault).toBe(false);
  });
});
