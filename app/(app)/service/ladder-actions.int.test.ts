import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, auditLog, escalationSteps, serviceRequests } from "@/db/schema";
import { seedBuiltIns } from "@/db/seed/built-ins";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { addEscalationStepAction, saveEscalationStepAction } from "./ladder-actions";

const later = new Date("2030-01-01T00:00:00Z");
let requestId: string;

beforeEach(async () => {
  await truncateAll();
  await seedBuiltIns(db);
  const owner = await createUser("manager");
  const [account] = await db
    .insert(accounts)
    .values({ code: "n0103001", name: "华彩涂料", ownerId: owner.id })
    .returning();
  const received = new Date("2026-12-07T02:00:00Z");
  const [request] = await db
    .insert(serviceRequests)
    .values({
      accountId: account!.id,
      subject: "起泡投诉",
      receivedAt: received,
      channel: "phone",
      type: "complaint",
      status: "in_progress",
      firstRespondedAt: received,
      slaFirstResponseHours: 4,
      slaResolutionHours: 16,
      slaRunningSince: received,
      firstResponseDueAt: received,
      nextEscalationAt: later,
    })
    .returning();
  requestId = request!.id;
});

const ladder = () => db.select().from(escalationSteps).orderBy(escalationSteps.position);
const nextLook = async () =>
  (
    await db
      .select({ at: serviceRequests.nextEscalationAt })
      .from(serviceRequests)
      .where(eq(serviceRequests.id, requestId))
  )[0]!.at;
const stepAudits = () => db.select().from(auditLog).where(eq(auditLog.entity, "escalationStep"));

describe("escalation ladder settings", () => {
  test("a director adds a step at the end; it is audited and open requests are looked at again", async () => {
    const director = await createUser("director");
    signInAs(director.id);
    const before = new Date();
    const added = await addEscalationStepAction({
      clock: "first_response",
      thresholdPercent: "200",
      extraHours: "4",
      target: "executive",
    });
    expect(added).toMatchObject({ ok: true, data: { version: 1 } });
    const steps = await ladder();
    expect(
      steps.map((s) => [s.position, s.clock, s.thresholdPercent, s.extraHours, s.target]),
    ).toEqual([
      [0, "first_response", 100, 0, "director"],
      [1, "resolution", 50, 0, "owner"],
      [2, "resolution", 100, 0, "director"],
      [3, "resolution", 100, 8, "executive"],
      [4, "first_response", 200, 4, "executive"],
    ]);
    // The sweep re-reads the request at once instead of at its old next look.
    expect((await nextLook())!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect((await nextLook())!.getTime()).toBeLessThan(later.getTime());
    const [entry] = await stepAudits();
    expect(entry).toMatchObject({ action: "create", actorId: director.id, entityId: steps[4]!.id });
  });

  test("an admin changes a step and turns one off; a stale version is a conflict", async () => {
    const admin = await createUser("admin");
    signInAs(admin.id);
    const [, owner50] = await ladder();
    const saved = await saveEscalationStepAction({
      id: owner50!.id,
      version: 1,
      clock: "resolution",
      thresholdPercent: "75",
      extraHours: "0",
      target: "owner",
      active: false,
    });
    expect(saved).toEqual({ ok: true, data: { id: owner50!.id, version: 2 } });
    const [, changed] = await ladder();
    expect(changed).toMatchObject({ thresholdPercent: 75, active: false, version: 2 });
    const [entry] = await stepAudits();
    expect(entry).toMatchObject({ action: "update", actorId: admin.id });
    expect(entry!.before).toMatchObject({ thresholdPercent: 50, active: true });
    const stale = await saveEscalationStepAction({
      id: owner50!.id,
      version: 1,
      clock: "resolution",
      thresholdPercent: "60",
      extraHours: "0",
      target: "owner",
      active: true,
    });
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    const [, kept] = await ladder();
    expect(kept).toMatchObject({ thresholdPercent: 75, version: 2 });
  });

  test("a manager and an executive are refused; nothing changes, requests keep their next look", async () => {
    const [first] = await ladder();
    for (const role of ["manager", "executive"] as const) {
      signInAs((await createUser(role)).id);
      expect(
        await addEscalationStepAction({
          clock: "resolution",
          thresholdPercent: "100",
          extraHours: "0",
          target: "director",
        }),
      ).toMatchObject({ ok: false, error: "forbidden" });
      expect(
        await saveEscalationStepAction({
          id: first!.id,
          version: 1,
          clock: "resolution",
          thresholdPercent: "10",
          extraHours: "0",
          target: "owner",
          active: false,
        }),
      ).toMatchObject({ ok: false, error: "forbidden" });
    }
    expect(await ladder()).toHaveLength(4);
    expect(await ladder()).toContainEqual(first);
    expect(await stepAudits()).toEqual([]);
    expect(await nextLook()).toEqual(later);
  });

  test("0 % and negative hours are refused beside their fields", async () => {
    signInAs((await createUser("director")).id);
    const result = await addEscalationStepAction({
      clock: "resolution",
      thresholdPercent: "0",
      extraHours: "-1",
      target: "director",
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { thresholdPercent: ["invalid"], extraHours: ["invalid"] },
    });
    expect(await ladder()).toHaveLength(4);
  });
});
