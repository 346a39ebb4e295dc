"use server";
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { orderLines, orders, products, type Order } from "@/db/schema";
import { onAccount, onRecordAccount } from "@/lib/actions/account-policy";
import { authedAction } from "@/lib/actions/action";
import { checkCustomerContact } from "@/lib/actions/customer-contact";
import { conflict, fieldError, refused } from "@/lib/actions/errors";
import { updateVersioned } from "@/lib/actions/versioned";
import { priceOrder } from "@/lib/orders/lines";
import { canChangeOrderStatus, isOrderEditable, stampFor } from "@/lib/orders/status";
import { createTriggeredTask } from "@/lib/tasks/triggered";
import {
  changeOrderStatusSchema,
  createOrderSchema,
  updateOrderSchema,
  type OrderFields,
} from "@/lib/validations/orders";

/** What an audit row keeps of an order (the history line reads these). */
const auditSummary = (row: Order) => ({
  number: row.number,
  orderDate: row.orderDate,
  status: row.status,
  currency: row.currency,
  totalMinor: row.totalMinor,
  lineCount: row.lineCount,
});

const orderPaths = ({ id, accountId }: { id: string; accountId: string }) => [
  `/accounts/${accountId}`,
  `/accounts/${accountId}/orders/${id}`,
];

/** Two saves of one number at once: the unique index decides, shown beside the field. */
const constraints = { orders_number_idx: () => fieldError("fields.number", "numberTaken") };

/** The order's lines priced against the catalogue (lib/orders/lines.ts), or a field error. */
async function price(tx: Tx, fields: OrderFields, keep: ReadonlySet<string> = new Set()) {
  const ids = [...new Set(fields.lines.map((l) => l.productId))];
  const rows = await tx
    .select({
      id: products.id,
      active: products.active,
      currency: products.currency,
      costMinor: products.costMinor,
    })
    .from(products)
    .where(inArray(products.id, ids));
  const priced = priceOrder(
    fields.lines,
    new Map(rows.map((p) => [p.id, p])),
    fields.currency,
    keep,
  );
  if (!priced.ok) throw fieldError(priced.field, priced.key);
  return priced;
}

const header = (fields: OrderFields, contactId: string | null) => ({
  number: fields.number,
  orderDate: fields.orderDate,
  contactId,
  currency: fields.currency,
  notes: fields.notes,
});

async function insertLines(
  tx: Tx,
  orderId: string,
  lines: Awaited<ReturnType<typeof price>>["lines"],
) {
  await tx.insert(orderLines).values(lines.map((line) => ({ ...line, orderId })));
}

export const createOrderAction = authedAction({
  schema: createOrderSchema,
  policy: onAccount("order.work", "accountId"),
  run: async ({ tx, input, user, audit }) => {
    const contactId = await checkCustomerContact(tx, input.accountId, input.fields.contactId);
    const priced = await price(tx, input.fields);
    const [created] = await tx
      .insert(orders)
      .values({
        ...header(input.fields, contactId),
        ...priced.totals,
        accountId: input.accountId,
        createdById: user.id,
      })
      .returning();
    await insertLines(tx, created!.id, priced.lines);
    await audit({
      entity: "order",
      entityId: created!.id,
      accountId: input.accountId,
      action: "create",
      after: auditSummary(created!),
    });
    return { id: created!.id, accountId: input.accountId, version: created!.version };
  },
  constraints,
  revalidate: (_input, data) => orderPaths(data),
});

export const updateOrderAction = authedAction({
  schema: updateOrderSchema,
  policy: onRecordAccount(orders, "order.work"),
  run: async ({ tx, input, audit }) => {
    const [current] = await tx.select().from(orders).where(eq(orders.id, input.id)).for("update");
    if (!isOrderEditable(current!.status)) throw refused("orders.errors.notEditable");
    const contactId = await checkCustomerContact(tx, current!.accountId, input.fields.contactId);
    const had = await tx
      .select({ productId: orderLines.productId })
      .from(orderLines)
      .where(eq(orderLines.orderId, input.id));
    const priced = await price(tx, input.fields, new Set(had.map((l) => l.productId)));
    const { before, after } = await updateVersioned(tx, orders, input.id, input.version, {
      ...header(input.fields, contactId),
      ...priced.totals,
    });
    await tx.delete(orderLines).where(eq(orderLines.orderId, input.id));
    await insertLines(tx, input.id, priced.lines);
    await audit({
      entity: "order",
      entityId: input.id,
      accountId: after.accountId,
      action: "update",
      before: auditSummary(before),
      after: auditSummary(after),
    });
    return { id: input.id, accountId: after.accountId, version: after.version };
  },
  constraints,
  revalidate: (_input, data) => orderPaths(data),
});

/**
 * Confirms, delivers or cancels an order (lib/orders/status.ts). Delivering creates
 * the account's return visit (trigger `order_delivered`, lib/tasks/triggered.ts).
 */
export const changeOrderStatusAction = authedAction({
  schema: changeOrderStatusSchema,
  policy: onRecordAccount(orders, "order.work"),
  run: async ({ tx, input, user, audit }) => {
    const [current] = await tx.select().from(orders).where(eq(orders.id, input.id)).for("update");
    if (current!.version !== input.version) throw conflict();
    if (!canChangeOrderStatus(current!.status, input.status)) {
      throw refused("orders.errors.statusNotAllowed");
    }
    if (input.status === "confirmed" && current!.lineCount === 0) {
      throw refused("orders.errors.noLines");
    }
    const now = new Date();
    const { before, after } = await updateVersioned(tx, orders, input.id, input.version, {
      status: input.status,
      ...stampFor(input.status, now),
    });
    await audit({
      entity: "order",
      entityId: input.id,
      accountId: after.accountId,
      action: "changeStatus",
      before: auditSummary(before),
      after: auditSummary(after),
    });
    if (input.status === "delivered") {
      await createTriggeredTask(tx, "order_delivered", {
        accountId: after.accountId,
        sourceId: after.id,
        at: now,
        actorId: user.id,
      });
    }
    return { id: input.id, accountId: after.accountId, version: after.version };
  },
  revalidate: (_input, data) => [...orderPaths(data), "/"],
});
