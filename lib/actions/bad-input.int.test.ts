import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { createCostLineAction } from "@/app/(app)/accounts/[id]/cost/actions";
import { saveRequirementDocAction } from "@/app/(app)/accounts/[id]/requirements/actions";
import {
  generateScheduleAction,
  updateStepAction,
} from "@/app/(app)/accounts/[id]/schedule/actions";
import { createStakeholderAction } from "@/app/(app)/accounts/[id]/stakeholder-actions";
import { createAccountAction, updateAccountAction } from "@/app/(app)/accounts/actions";
import { setReferenceItemActiveAction } from "@/app/(app)/admin/reference-data/actions";
import { db } from "@/db";
import { accounts, auditLog } from "@/db/schema";
import { truncateAll } from "@/db/testing/fixtures";
import { FUZZ_PAYLOADS } from "@/db/testing/fuzz-payloads";
import { buildFuzzWorld, loadFuzzWorld, type FuzzWorld } from "@/db/testing/fuzz-world";
import { signInAs } from "@/db/testing/session";

/*
 * The kinds of bad input the hardening probe turned into 500s or stored silently:
 * each is a validation error beside its field now, and nothing is written.
 */

let world: FuzzWorld;
const base = async (name: string) =>
  FUZZ_PAYLOADS[name]!.base(await loadFuzzWorld(world.seeds)) as Record<string, unknown>;
const auditRows = async () => (await db.select().from(auditLog)).length;

beforeAll(async () => {
  await truncateAll();
  world = await buildFuzzWorld();
});

/** Calls as `userId`, expects a validation error on `field` with `message`, and no write. */
async function refused(
  userId: string,
  call: () => Promise<unknown>,
  field: string,
  message: string,
) {
  signInAs(userId);
  const audits = await auditRows();
  const result = await call();
  expect(result).toMatchObject({ ok: false, error: "validation" });
  expect((result as { fieldErrors: Record<string, string[]> }).fieldErrors[field]).toEqual([
    message,
  ]);
  expect(await auditRows()).toBe(audits);
}

describe("bad input is a validation error, never a 500 or a stored value", () => {
  test("NUL characters and lone surrogates in text, at any depth", async () => {
    const owner = world.users.owner.id;
    const account = await base("updateAccountAction");
    await refused(
      owner,
      () => updateAccountAction({ ...account, name: "华东\u0000涂料" } as never),
      "name",
      "invalidCharacters",
    );
    await refused(
      owner,
      () => updateAccountAction({ ...account, city: "南京\uD800" } as never),
      "city",
      "invalidCharacters",
    );
    const stakeholder = (await base("createStakeholderAction")) as { fields: object };
    await refused(
      owner,
      () =>
        createStakeholderAction({
          ...stakeholder,
          fields: { ...stakeholder.fields, title: "x\uDC00" },
        } as never),
      "fields.title",
      "invalidCharacters",
    );
    const [stored] = await db.select().from(accounts).where(eq(accounts.id, world.account.id));
    expect(stored!.name).toBe(world.account.name);
  });

  test("a version or an id beyond a PostgreSQL integer", async () => {
    await refused(
      world.users.owner.id,
      async () =>
        updateAccountAction({ ...(await base("updateAccountAction")), version: 2 ** 31 } as never),
      "version",
      "invalid",
    );
    await refused(
      world.users.admin.id,
      () => setReferenceItemActiveAction({ id: 2 ** 31, version: 1, active: false }),
      "id",
      "invalid",
    );
  });

  test("dates like 9999-12-31", async () => {
    const owner = world.users.owner.id;
    await refused(
      owner,
      async () =>
        generateScheduleAction({
          ...(await base("generateScheduleAction")),
          startDate: "9999-12-31",
        } as never),
      "startDate",
      "validation.dateInvalid",
    );
    await refused(
      owner,
      async () =>
        updateStepAction({
          ...(await base("updateStepAction")),
          plannedFinish: "9999-12-31",
        } as never),
      "plannedFinish",
      "validation.dateInvalid",
    );
    await refused(
      owner,
      async () =>
        createCostLineAction({
          ...(await base("createCostLineAction")),
          date: "9999-12-31",
        } as never),
      "date",
      "validation.dateInvalid",
    );
  });

  test("a non-uuid id in a nested record", async () => {
    const doc = await base("saveRequirementDocAction");
    const [row] = doc.requirements as object[];
    await refused(
      world.users.owner.id,
      () =>
        saveRequirementDocAction({
          ...doc,
          requirements: [{ ...row, sourceStakeholderId: "1; drop table stakeholders" }],
        } as never),
      "requirements.0.sourceStakeholderId",
      "validation.stakeholderUnknown",
    );
  });

  test("a reference id that does not exist, or names an item of another kind", async () => {
    const owner = world.users.owner.id;
    const { industry, area } = world.reference;
    const created = await base("createAccountAction");
    const before = (await db.select().from(accounts)).length;
    await refused(
      owner,
      () => createAccountAction({ ...created, industryId: 99999 } as never),
      "industryId",
      "unknownReference",
    );
    await refused(
      owner,
      () => createAccountAction({ ...created, sourceId: area.id } as never),
      "sourceId",
      "unknownReference",
    );
    expect(await db.select().from(accounts)).toHaveLength(before);
    const account = await base("updateAccountAction");
    await refused(
      owner,
      () => updateAccountAction({ ...account, industryId: area.id } as never),
      "industryId",
      "unknownReference",
    );
    await refused(
      owner,
      () => updateAccountAction({ ...account, areaId: industry.id } as never),
      "areaId",
      "accounts.validation.unknownArea",
    );
  });
});
