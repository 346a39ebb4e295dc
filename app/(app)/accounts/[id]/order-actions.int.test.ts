import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { createProductAction, updateProductAction } from "@/app/(app)/admin/products/actions";
import { db } from "@/db";
import { getOrder, listAccountOrders } from "@/db/queries/orders";
import {
  accounts,
  accountTeam,
  auditLog,
  orderLines,
  orders,
  products,
  stakeholders,
  tasks,
} from "@/db/schema";
import { seedBuiltIns } from "@/db/seed/built-ins";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import type { OrderFieldsInput } from "@/lib/validations/orders";
import { changeOrderStatusAction, createOrderAction, updateOrderAction } from "./order-actions";

type User = Awaited<ReturnType<typeof createUser>>;
let owner: User;
let teammate: User;
let other: User;
let director: User;
let executive: User;
let accountId: string;
let contactId: string;
let primer: string;
let paint: string;
let serial = 0;

const fields = (extra: Partial<OrderFieldsInput> = {}): OrderFieldsInput => ({
  number: `HT-2026-${++serial}`,
  orderDate: "2026-11-20",
  contactId,
  currency: "CNY",
  notes: "",
  lines: [
    { productId: primer, unitPrice: "99.90", quantity: "3", discount: "10" },
    { productId: paint, unitPrice: "1,200", quantity: "2", discount: "" },
  ],
  ...extra,
});

async function create(userId: string, extra: Partial<OrderFieldsInput> = {}) {
  signInAs(userId);
  return createOrderAction({ accountId, fields: fields(extra) });
}
async function created(extra: Partial<OrderFieldsInput> = {}) {
  const result = await create(owner.id, extra);
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return result.data.id;
}
const row = async (id: string) => (await db.select().from(orders).where(eq(orders.id, id)))[0]!;
const linesOf = (id: string) =>
  db
    .select({
      position: orderLines.position,
      amount: orderLines.amountMinor,
      cost: orderLines.costMinor,
      discount: orderLines.discountBp,
    })
    .from(orderLines)
    .where(eq(orderLines.orderId, id))
    .orderBy(asc(orderLines.position));

beforeEach(async () => {
  await truncateAll();
  await seedBuiltIns(db);
  signInAs(null);
  [owner, teammate, other, director, executive] = await Promise.all([
    createUser("manager"),
    createUser("manager"),
    createUser("manager"),
    createUser("director"),
    createUser("executive"),
  ]);
  const [account] = await db
    .insert(accounts)
    .values({ code: `n0103${++serial}`, name: "北京华彩涂料有限公司", ownerId: owner.id })
    .returning();
  accountId = account!.id;
  await db.insert(accountTeam).values({ accountId, userId: teammate.id });
  const [contact] = await db
    .insert(stakeholders)
    .values({ accountId, side: "customer", name: "刘建国", decisionRole: "decision_maker" })
    .returning();
  contactId = contact!.id;
  const made = await db
    .insert(products)
    .values([
      { code: "P-01", name: "环氧底漆", unit: "桶", listPriceMinor: 9990, costMinor: 6000 },
      { code: "P-02", name: "水性面漆", unit: "桶", listPriceMinor: 120000 },
    ])
    .returning();
  [primer, paint] = made.map((p) => p.id) as [string, string];
});

describe("recording an order", () => {
  test("the owner records an order: exact line amounts after discount, totals, cost of the costed line, audited", async () => {
    const id = await created();
    // 3 × 99.90 at 10 % off = 269.73; 2 × 1,200.00 = 2,400.00.
    expect(await linesOf(id)).toEqual([
      { position: 1, amount: 26973, cost: 18000, discount: 1000 },
      { position: 2, amount: 240000, cost: null, discount: 0 },
    ]);
    expect(await row(id)).toMatchObject({
      status: "draft",
      totalMinor: 266973,
      costMinor: 18000,
      costedAmountMinor: 26973,
      lineCount: 2,
      contactId,
      createdById: owner.id,
      version: 1,
    });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(entry).toMatchObject({ entity: "order", action: "create", actorId: owner.id });
    expect(entry!.after).toMatchObject({ totalMinor: 266973, lineCount: 2 });
  });

  test("the account team records too; another manager is told the account does not exist; an executive is refused", async () => {
    expect(await create(teammate.id)).toMatchObject({ ok: true });
    expect(await create(director.id)).toMatchObject({ ok: true });
    expect(await create(other.id)).toMatchObject({ ok: false, error: "not_found" });
    expect(await create(executive.id)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await db.select().from(orders)).toHaveLength(2);
  });

  test("bad lines, a foreign contact and an inactive product are refused beside their fields, nothing written", async () => {
    const bad = await create(owner.id, {
      lines: [{ productId: primer, unitPrice: "-5", quantity: "1.5", discount: "120" }],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: {
        "fields.lines.0.unitPrice": ["validation.moneyNegative"],
        "fields.lines.0.quantity": ["validation.quantity|max=1000000"],
        "fields.lines.0.discount": ["validation.discount"],
      },
    });
    expect(await create(owner.id, { lines: [] })).toMatchObject({
      fieldErrors: { "fields.lines": ["validation.noLines"] },
    });
    const [stranger] = await db
      .insert(accounts)
      .values({ code: "n0109999", name: "别家", ownerId: other.id })
      .returning();
    const [foreign] = await db
      .insert(stakeholders)
      .values({ accountId: stranger!.id, side: "customer", name: "王", decisionRole: "user" })
      .returning();
    expect(await create(owner.id, { contactId: foreign!.id })).toMatchObject({
      fieldErrors: { "fields.contactId": ["contactNotOnAccount"] },
    });
    await db.update(products).set({ active: false }).where(eq(products.id, paint));
    expect(await create(owner.id)).toMatchObject({
      fieldErrors: { "fields.lines.1.productId": ["inactiveProduct"] },
    });
    expect(await db.select().from(orders)).toHaveLength(0);
    expect(await db.select().from(orderLines)).toHaveLength(0);
  });

  test("two people saving the same number at once: one order, the other sees the number taken", async () => {
    signInAs(owner.id);
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => createOrderAction({ accountId, fields: fields({ number: "HT-SAME" }) })),
    );
    const values = results.map((r) => (r.status === "fulfilled" ? r.value : { thrown: r.reason }));
    expect(values.filter((r) => "ok" in r && r.ok)).toHaveLength(1);
    expect(values.filter((r) => !("ok" in r && r.ok))).toEqual([
      expect.objectContaining({ fieldErrors: { "fields.number": ["numberTaken"] } }),
      expect.objectContaining({ fieldErrors: { "fields.number": ["numberTaken"] } }),
    ]);
    expect(await db.select().from(orders).where(eq(orders.number, "HT-SAME"))).toHaveLength(1);
    expect(await db.select().from(orderLines)).toHaveLength(2);
  });

  test("a number typed with full-width characters and spaces is the same number", async () => {
    await created({ number: "HT-100" });
    expect(await create(owner.id, { number: " ＨＴ-１００ " })).toMatchObject({
      fieldErrors: { "fields.number": ["numberTaken"] },
    });
  });
});

describe("editing and moving an order", () => {
  test("a draft's edit replaces its lines and totals; a stale version is a conflict", async () => {
    const id = await created();
    signInAs(owner.id);
    const lines = [{ productId: paint, unitPrice: "1000", quantity: "5", discount: "12.5" }];
    const edited = await updateOrderAction({ id, version: 1, fields: fields({ lines }) });
    expect(edited).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await linesOf(id)).toEqual([
      { position: 1, amount: 437500, cost: null, discount: 1250 },
    ]);
    expect(await row(id)).toMatchObject({ totalMinor: 437500, costMinor: null, lineCount: 1 });
    const stale = await updateOrderAction({ id, version: 1, fields: fields({ lines }) });
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
  });

  test("draft → confirmed → delivered; delivering creates one return visit for the owner", async () => {
    const id = await created();
    signInAs(teammate.id);
    expect(await changeOrderStatusAction({ id, version: 1, status: "delivered" })).toMatchObject({
      ok: false,
      error: "refused",
      message: "orders.errors.statusNotAllowed",
    });
    expect(await changeOrderStatusAction({ id, version: 1, status: "confirmed" })).toMatchObject({
      ok: true,
    });
    expect(await updateOrderAction({ id, version: 2, fields: fields() })).toMatchObject({
      ok: false,
      error: "refused",
      message: "orders.errors.notEditable",
    });
    expect(await db.select().from(tasks)).toHaveLength(0);
    expect(await changeOrderStatusAction({ id, version: 2, status: "delivered" })).toMatchObject({
      ok: true,
    });
    const order = await row(id);
    expect(order.status).toBe("delivered");
    expect(order.confirmedAt).not.toBeNull();
    expect(order.deliveredAt).not.toBeNull();
    const visits = await db.select().from(tasks).where(eq(tasks.accountId, accountId));
    expect(visits.map((t) => [t.kind, t.triggerKey, t.sourceId, t.assigneeId, t.status])).toEqual([
      ["return_visit", "order_delivered", id, owner.id, "open"],
    ]);
    expect(await changeOrderStatusAction({ id, version: 3, status: "cancelled" })).toMatchObject({
      ok: false,
      error: "refused",
    });
    const changes = await db.select().from(auditLog).where(eq(auditLog.action, "changeStatus"));
    expect(changes.map((c) => (c.after as { status: string }).status).sort()).toEqual([
      "confirmed",
      "delivered",
    ]);
  });

  test("a stale status change is a conflict; another manager and an executive cannot move it", async () => {
    const id = await created();
    signInAs(other.id);
    expect(await changeOrderStatusAction({ id, version: 1, status: "cancelled" })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    signInAs(executive.id);
    expect(await changeOrderStatusAction({ id, version: 1, status: "cancelled" })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    signInAs(owner.id);
    expect(await changeOrderStatusAction({ id, version: 7, status: "cancelled" })).toMatchObject({
      ok: false,
      error: "conflict",
    });
    expect(await row(id)).toMatchObject({ status: "draft", version: 1 });
    expect(await changeOrderStatusAction({ id, version: 1, status: "cancelled" })).toMatchObject({
      ok: true,
    });
    expect((await row(id)).cancelledAt).not.toBeNull();
  });
});

describe("who sees orders", () => {
  test("owner, team and leads see an account's orders; another manager sees none of them", async () => {
    const id = await created();
    for (const viewer of [owner, teammate, director, executive]) {
      const { rows } = await listAccountOrders({ actor: viewer, accountId });
      expect(rows.map((r) => r.id)).toEqual([id]);
      expect((await getOrder({ actor: viewer, id }))?.lines).toHaveLength(2);
    }
    expect((await listAccountOrders({ actor: other, accountId })).rows).toEqual([]);
    expect(await getOrder({ actor: other, id })).toBeNull();
  });

  test("the tab pages newest first by order date", async () => {
    const ids = [];
    for (const day of ["2026-01-05", "2026-03-05", "2026-02-05"]) {
      ids.push(await created({ orderDate: day }));
    }
    const first = await listAccountOrders({ actor: owner, accountId, limit: 2 });
    expect(first.rows.map((r) => r.orderDate)).toEqual(["2026-03-05", "2026-02-05"]);
    expect(first.more).toBe(true);
    const last = first.rows.at(-1)!;
    const next = await listAccountOrders({
      actor: owner,
      accountId,
      limit: 2,
      before: { orderDate: last.orderDate, id: last.id },
    });
    expect(next.rows.map((r) => r.id)).toEqual([ids[0]]);
    expect(next.more).toBe(false);
  });
});

describe("the product catalogue", () => {
  const product = (code: string) => ({
    code,
    name: "防腐涂料",
    unit: "吨",
    currency: "CNY" as const,
    listPrice: "25,000.00",
    cost: "",
    active: true,
  });

  test("directors and admins add products; a duplicate code is refused beside the code", async () => {
    signInAs(director.id);
    const made = await createProductAction({ fields: product("P-10") });
    expect(made).toMatchObject({ ok: true });
    const [saved] = await db.select().from(products).where(eq(products.code, "P-10"));
    expect(saved).toMatchObject({ listPriceMinor: 2500000, costMinor: null, active: true });
    expect(await createProductAction({ fields: product("P-10") })).toMatchObject({
      fieldErrors: { "fields.code": ["codeTaken"] },
    });
    for (const user of [owner, executive]) {
      signInAs(user.id);
      expect(await createProductAction({ fields: product("P-11") })).toMatchObject({
        ok: false,
        error: "forbidden",
      });
    }
    expect(await db.select().from(products)).toHaveLength(3);
  });

  test("an admin edits a product: versioned and audited", async () => {
    const admin = await createUser("admin");
    signInAs(admin.id);
    const result = await updateProductAction({
      id: primer,
      version: 1,
      fields: { ...product("P-01"), cost: "70", active: false },
    });
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    expect((await db.select().from(products).where(eq(products.id, primer)))[0]).toMatchObject({
      costMinor: 7000,
      active: false,
    });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, primer));
    expect(entry).toMatchObject({ entity: "product", action: "update" });
    expect(
      await updateProductAction({ id: primer, version: 1, fields: product("P-01") }),
    ).toMatchObject({ ok: false, error: "conflict" });
  });
});
