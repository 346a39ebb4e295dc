import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { auditLog, slaPolicies } from "@/db/schema";
import { seedBuiltIns } from "@/db/seed/built-ins";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { saveSlaPolicyAction } from "./sla-actions";

const repairHigh = and(eq(slaPolicies.type, "repair"), eq(slaPolicies.priority, "high"));
const input = {
  type: "repair",
  priority: "high",
  firstResponseHours: "3",
  resolutionHours: "20",
} as const;

beforeEach(async () => {
  await truncateAll();
  await seedBuiltIns(db);
});

describe("saveSlaPolicyAction", () => {
  test("a director changes one budget; it is audited and a stale version is a conflict", async () => {
    const director = await createUser("director");
    signInAs(director.id);
    const saved = await saveSlaPolicyAction({ ...input, version: 1 });
    expect(saved).toEqual({ ok: true, data: { version: 2 } });
    const [row] = await db.select().from(slaPolicies).where(repairHigh);
    expect(row).toMatchObject({ firstResponseHours: 3, resolutionHours: 20 });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.entity, "slaPolicy"));
    expect(entry).toMatchObject({
      action: "update",
      entityId: "repair:high",
      actorId: director.id,
    });
    expect(await saveSlaPolicyAction({ ...input, version: 1 })).toMatchObject({
      ok: false,
      error: "conflict",
    });
  });

  test("a manager and an executive are refused and nothing changes; 0 hours is a field error", async () => {
    for (const role of ["manager", "executive"] as const) {
      signInAs((await createUser(role)).id);
      expect(await saveSlaPolicyAction({ ...input, version: 1 })).toMatchObject({
        ok: false,
        error: "forbidden",
      });
    }
    signInAs((await createUser("admin")).id);
    expect(await saveSlaPolicyAction({ ...input, version: 1, resolutionHours: "0" })).toMatchObject(
      { fieldErrors: { resolutionHours: ["invalid"] } },
    );
    const [row] = await db.select().from(slaPolicies).where(repairHigh);
    expect(row).toMatchObject({ resolutionHours: 16, version: 1 });
  });
});
