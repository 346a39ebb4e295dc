import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { listReferenceItems } from "@/db/queries/reference-data";
import { auditLog, referenceItems } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import {
  createReferenceItemAction,
  setReferenceItemActiveAction,
  updateReferenceItemAction,
} from "./actions";

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
});

const coatings = {
  kind: "industry" as const,
  code: "coatings",
  nameEn: "Coatings",
  nameZh: "涂料",
  sortOrder: 10,
};
const asAdmin = async () => signInAs((await createUser("admin")).id);
const rows = () => db.select().from(referenceItems);

describe("reference data actions", () => {
  test("an admin creates an item, which then shows in the pickers, with an audit row", async () => {
    await asAdmin();
    const result = await createReferenceItemAction(coatings);
    expect(result.ok).toBe(true);
    const industries = await listReferenceItems({ kind: "industry" });
    expect(industries.map((i) => i.nameZh)).toEqual(["涂料"]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entity, "referenceItem"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", after: { code: "coatings" } });
  });

  test("is refused for every other role and for a signed-out caller", async () => {
    expect(await createReferenceItemAction(coatings)).toMatchObject({ error: "unauthenticated" });
    for (const role of ["director", "manager", "executive"] as const) {
      signInAs((await createUser(role)).id);
      expect(await createReferenceItemAction(coatings), role).toMatchObject({
        ok: false,
        error: "forbidden",
      });
    }
    expect(await rows()).toHaveLength(0);
  });

  test("edits and deactivation are admin-only too", async () => {
    await asAdmin();
    const created = await createReferenceItemAction(coatings);
    if (!created.ok) throw new Error("setup");
    const { id, version } = created.data;
    for (const role of ["director", "manager", "executive"] as const) {
      signInAs((await createUser(role)).id);
      expect(
        await updateReferenceItemAction({ ...coatings, id, version, nameEn: "X" }),
      ).toMatchObject({
        error: "forbidden",
      });
      expect(await setReferenceItemActiveAction({ id, version, active: false })).toMatchObject({
        error: "forbidden",
      });
    }
    signInAs(null);
    expect(await setReferenceItemActiveAction({ id, version, active: false })).toMatchObject({
      error: "unauthenticated",
    });
    const [row] = await rows();
    expect(row).toMatchObject({ nameEn: "Coatings", active: true, version: 1 });
  });

  test("a code already used by the same kind is a field error; another kind may reuse it", async () => {
    await asAdmin();
    await createReferenceItemAction(coatings);
    const clash = await createReferenceItemAction({ ...coatings, nameEn: "Paint" });
    expect(clash).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { code: ["settings.referenceData.codeTaken"] },
    });
    expect(await createReferenceItemAction({ ...coatings, kind: "source" })).toMatchObject({
      ok: true,
    });
    const other = await createReferenceItemAction({ ...coatings, code: "chem" });
    if (!other.ok) throw new Error("setup");
    const renamed = await updateReferenceItemAction({
      ...coatings,
      id: other.data.id,
      version: other.data.version,
    });
    expect(renamed).toMatchObject({ fieldErrors: { code: ["settings.referenceData.codeTaken"] } });
  });

  test("an update with a stale version is a conflict and keeps the first save", async () => {
    await asAdmin();
    const created = await createReferenceItemAction(coatings);
    if (!created.ok) throw new Error("setup");
    const { id, version } = created.data;
    const first = await updateReferenceItemAction({ ...coatings, id, version, nameEn: "Paints" });
    expect(first).toMatchObject({ ok: true, data: { version: version + 1 } });
    const stale = await updateReferenceItemAction({ ...coatings, id, version, nameEn: "Lacquer" });
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    const [row] = await rows();
    expect(row!.nameEn).toBe("Paints");
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "referenceItem"), eq(auditLog.action, "update")));
    expect(audits).toHaveLength(1);
  });

  test("a deactivated item leaves the pickers but stays in the admin list", async () => {
    await asAdmin();
    const created = await createReferenceItemAction(coatings);
    if (!created.ok) throw new Error("setup");
    const result = await setReferenceItemActiveAction({ ...created.data, active: false });
    expect(result).toMatchObject({ ok: true });
    expect(await listReferenceItems({ kind: "industry" })).toHaveLength(0);
    expect(await listReferenceItems({ kind: "industry", all: true })).toHaveLength(1);
  });

  test("rejects an area code that would not fit a customer code", async () => {
    await asAdmin();
    const result = await createReferenceItemAction({ ...coatings, kind: "area", code: "east-1" });
    expect(result).toMatchObject({
      error: "validation",
      fieldErrors: { code: ["invalidAreaCode"] },
    });
  });

  test("the kind of an item cannot be changed by editing it", async () => {
    await asAdmin();
    const created = await createReferenceItemAction(coatings);
    if (!created.ok) throw new Error("setup");
    const result = await updateReferenceItemAction({
      ...coatings,
      ...created.data,
      kind: "source",
    });
    expect(result).toMatchObject({ ok: false, error: "not_found" });
  });
});
