import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { db } from "@/db";
import { scopeItems } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import type { ScopeItemValues } from "@/components/scope/scope-item-fields";
import { createScopeItemAction, deleteScopeItemAction, updateScopeItemAction } from "./actions";
import { auditActions, createAccountIn } from "@/db/testing/planning-fixtures";

const product: ScopeItemValues = {
  type: "product",
  productKind: "standard",
  serviceKind: "",
  name: "水性工业面漆 WB-200",
  inScope: true,
  agreementRef: "",
  note: "",
};
const items = (accountId: string) =>
  db.select().from(scopeItems).where(eq(scopeItems.accountId, accountId));
async function addItem(accountId: string, extra: Partial<typeof product> = {}) {
  const result = await createScopeItemAction({ ...product, ...extra, accountId });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

beforeEach(async () => {
  await truncateAll();
  signInAs(null);
});

describe("scope items", () => {
  test("the owner adds, edits and removes items while the account is in the scope stage", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("scope", manager.id);
    signInAs(manager.id);
    const id = await addItem(account.id);
    const updated = await updateScopeItemAction({
      ...product,
      name: "水性工业面漆 WB-300",
      accountId: account.id,
      id,
      version: 1,
    });
    expect(updated).toEqual({ ok: true, data: { version: 2 } });
    expect((await items(account.id))[0]).toMatchObject({ name: "水性工业面漆 WB-300", version: 2 });

    const stale = await updateScopeItemAction({
      ...product,
      accountId: account.id,
      id,
      version: 1,
    });
    expect(stale).toMatchObject({ ok: false, error: "conflict" });

    expect(await deleteScopeItemAction({ accountId: account.id, id, version: 2 })).toMatchObject({
      ok: true,
    });
    expect(await items(account.id)).toHaveLength(0);
    expect(await auditActions(account.id)).toEqual([
      "scopeItem.create",
      "scopeItem.update",
      "scopeItem.delete",
    ]);
  });

  test("a custom product in scope needs an agreement reference; a service needs its kind", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("scope", manager.id);
    signInAs(manager.id);
    const custom = await createScopeItemAction({
      ...product,
      productKind: "custom",
      accountId: account.id,
    });
    expect(custom).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { agreementRef: ["validation.agreementRequired"] },
    });
    const service = await createScopeItemAction({
      ...product,
      type: "service",
      accountId: account.id,
    });
    expect(service).toMatchObject({
      fieldErrors: { serviceKind: ["validation.serviceKindRequired"] },
    });
    expect(await items(account.id)).toHaveLength(0);
  });

  test("an item named like another one (case, width and spaces aside) is refused by its name field", async () => {
    const manager = await createUser("manager");
    const account = await createAccountIn("scope", manager.id);
    signInAs(manager.id);
    const first = await addItem(account.id, { name: "Anti-corrosion primer" });
    const second = await addItem(account.id, { name: "Topcoat" });
    for (const name of ["anti-corrosion  PRIMER", " Ａnti-corrosion primer "]) {
      expect(await createScopeItemAction({ ...product, name, accountId: account.id })).toEqual({
        ok: false,
        error: "validation",
        message: "common.errors.validation",
        fieldErrors: { name: ["validation.duplicateName"] },
      });
    }
    const rename = await updateScopeItemAction({
      ...product,
      name: "ANTI-CORROSION PRIMER",
      accountId: account.id,
      id: second,
      version: 1,
    });
    expect(rename).toMatchObject({ fieldErrors: { name: ["validation.duplicateName"] } });
    // Saving an item under its own name is no duplicate.
    const same = await updateScopeItemAction({
      ...product,
      name: "anti-corrosion primer",
      accountId: account.id,
      id: first,
      version: 1,
    });
    expect(same).toEqual({ ok: true, data: { version: 2 } });
    expect((await items(account.id)).map((i) => i.name).sort()).toEqual([
      "Topcoat",
      "anti-corrosion primer",
    ]);
    expect(await auditActions(account.id)).toEqual([
      "scopeItem.create",
      "scopeItem.create",
      "scopeItem.update",
    ]);
  });

  test("only people who may change the account can change its scope", async () => {
    const [owner, other, executive, director] = await Promise.all([
      createUser("manager"),
      createUser("manager"),
      createUser("executive"),
      createUser("director"),
    ]);
    const account = await createAccountIn("scope", owner.id);
    signInAs(other.id);
    expect(await createScopeItemAction({ ...product, accountId: account.id })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    signInAs(executive.id);
    expect(await createScopeItemAction({ ...product, accountId: account.id })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    signInAs(null);
    expect(await createScopeItemAction({ ...product, accountId: account.id })).toMatchObject({
      error: "unauthenticated",
    });
    signInAs(director.id);
    const id = await addItem(account.id);
    signInAs(other.id);
    expect(await deleteScopeItemAction({ accountId: account.id, id, version: 1 })).toMatchObject({
      error: "not_found",
    });
    expect(await items(account.id)).toHaveLength(1);
  });

  test("an item id from another account is not found", async () => {
    const manager = await createUser("manager");
    const [mine, theirs] = await Promise.all([
      createAccountIn("scope", manager.id),
      createAccountIn("scope", (await createUser("manager")).id),
    ]);
    const director = await createUser("director");
    signInAs(director.id);
    const foreign = await addItem(theirs.id);
    signInAs(manager.id);
    const result = await updateScopeItemAction({
      ...product,
      name: "hijack",
      accountId: mine.id,
      id: foreign,
      version: 1,
    });
    expect(result).toMatchObject({ ok: false, error: "not_found" });
    expect((await items(theirs.id))[0]!.name).toBe(product.name);
  });
});
