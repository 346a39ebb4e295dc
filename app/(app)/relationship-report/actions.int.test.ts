import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { auditLog, relationshipReports } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { todayIn } from "@/lib/dates";
import { env } from "@/lib/env";
import { quarterBefore, quarterOf } from "@/lib/value/report-quarter";
import { saveRelationshipReportAction } from "./actions";

const save = (version: number, comments: string, finalize = false, quarter = "2026-Q3") =>
  saveRelationshipReportAction({ quarter, version, finalize, fields: { comments } });

const reports = () => db.select().from(relationshipReports);
const audits = () => db.select().from(auditLog).where(eq(auditLog.entity, "relationshipReport"));

beforeEach(async () => {
  await truncateAll();
});

describe("saving the customer relationship report's comments", () => {
  test("a director saves a draft, saves again, then finalises; each save is versioned and audited", async () => {
    const director = (await createUser("director", { name: "Director Wang" }))!;
    signInAs(director.id);
    expect(await save(0, "First thoughts")).toEqual({
      ok: true,
      data: { version: 1, status: "draft" },
    });
    expect(await save(1, "Revenue up; watch two A accounts.")).toEqual({
      ok: true,
      data: { version: 2, status: "draft" },
    });
    expect(await save(2, "Final: revenue up 8 %.", true)).toEqual({
      ok: true,
      data: { version: 3, status: "final" },
    });
    const [row] = await reports();
    expect(row).toMatchObject({
      quarter: "2026-Q3",
      periodFrom: "2026-07-01",
      periodTo: "2026-09-30",
      comments: "Final: revenue up 8 %.",
      status: "final",
      finalizedById: director.id,
      createdById: director.id,
      version: 3,
    });
    expect((await audits()).map((a) => a.action)).toEqual(["save", "save", "finalize"]);
  });

  test("an admin may write it too", async () => {
    const admin = (await createUser("admin"))!;
    signInAs(admin.id);
    expect(await save(0, "Admin note")).toMatchObject({ ok: true });
  });

  test("managers and executives are refused; nothing is written", async () => {
    for (const role of ["manager", "executive"] as const) {
      const user = (await createUser(role))!;
      signInAs(user.id);
      expect(await save(0, "Not mine to write")).toMatchObject({ ok: false, error: "forbidden" });
    }
    expect(await reports()).toEqual([]);
    expect(await audits()).toEqual([]);
  });

  test("a finalised report no longer changes; a stale version is a conflict", async () => {
    const director = (await createUser("director"))!;
    signInAs(director.id);
    await save(0, "Draft");
    expect(await save(0, "Someone else's first save")).toMatchObject({
      ok: false,
      error: "conflict",
    });
    await save(1, "Done", true);
    const after = await save(2, "Changed my mind");
    expect(after).toMatchObject({
      ok: false,
      error: "refused",
      message: "dashboards.report.errors.final",
    });
    expect((await reports())[0]).toMatchObject({ comments: "Done", status: "final", version: 2 });
  });

  test("finalising needs comments; a malformed quarter is refused", async () => {
    const director = (await createUser("director"))!;
    signInAs(director.id);
    expect(await save(0, "   ", true)).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { "fields.comments": ["dashboards.report.validation.commentsRequired"] },
    });
    expect(await save(0, "x", false, "2026-Q5")).toMatchObject({ ok: false, error: "validation" });
    expect(await reports()).toEqual([]);
  });

  test("a quarter not over yet (the current one, a future one) is not finalised; a draft of it is kept", async () => {
    const director = (await createUser("director"))!;
    signInAs(director.id);
    const current = quarterOf(todayIn(env.PCRM_TIME_ZONE, new Date()));
    for (const quarter of [current, quarterBefore(current, -1)]) {
      expect(await save(0, "Too early", true, quarter)).toMatchObject({
        ok: false,
        error: "validation",
        fieldErrors: { "fields.comments": ["dashboards.report.validation.quarterNotEnded"] },
      });
    }
    expect(await reports()).toEqual([]);
    expect(await save(0, "Notes so far", false, current)).toMatchObject({
      ok: true,
      data: { status: "draft" },
    });
    expect(await save(0, "Done", true, quarterBefore(current))).toMatchObject({
      ok: true,
      data: { status: "final" },
    });
  });
});
