import { and, asc, eq, isNotNull } from "drizzle-orm";
import * as schema from "../schema";
import { lineAmounts, orderTotals } from "@/lib/orders/amounts";
import { isDemoAccount } from "./generated-codes";
import type { SeedDb as Db } from "./index";

/** The demo catalogue: coatings products (单价 in fen), most with a cost for margins. */
export const DEMO_PRODUCTS = [
  { code: "P-EP01", name: "环氧富锌底漆", unit: "桶", listPriceMinor: 68000, costMinor: 41000 },
  { code: "P-PU02", name: "聚氨酯面漆", unit: "桶", listPriceMinor: 92000, costMinor: 60500 },
  { code: "P-WB03", name: "水性工业漆", unit: "桶", listPriceMinor: 55000, costMinor: 33000 },
  { code: "P-AC04", name: "防腐涂装方案", unit: "套", listPriceMinor: 1_200_000, costMinor: null },
  { code: "S-TS05", name: "现场技术服务", unit: "天", listPriceMinor: 150000, costMinor: 90000 },
] as const;

/**
 * The catalogue and a few orders on the first accounts in execution — one delivered,
 * one confirmed, one draft each — so a fresh `npm run dev` shows the Orders tab.
 * Idempotent: products by code, orders by number (DEMO-<account code>-n).
 */
export async function seedDemoOrders(db: Db) {
  await db
    .insert(schema.products)
    .values([...DEMO_PRODUCTS])
    .onConflictDoNothing();
  const catalogue = await db.select().from(schema.products).orderBy(asc(schema.products.code));
  const accounts = await db
    .select({ id: schema.accounts.id, code: schema.accounts.code })
    .from(schema.accounts)
    .where(
      and(
        eq(schema.accounts.stage, "execution"),
        isNotNull(schema.accounts.ownerId),
        isDemoAccount,
      ),
    )
    .orderBy(asc(schema.accounts.code))
    .limit(3);
  const now = Date.now();
  const statuses = ["delivered", "confirmed", "draft"] as const;
  for (const [a, account] of accounts.entries()) {
    for (const [n, status] of statuses.entries()) {
      const picks = [
        catalogue[(a + n) % catalogue.length]!,
        catalogue[(a + n + 2) % catalogue.length]!,
      ];
      const lines = picks.map((p, i) => {
        const line = {
          productId: p.id,
          unitPriceMinor: p.listPriceMinor,
          quantity: 2 + i * 3 + n,
          discountBp: i === 0 ? 500 : 0,
        };
        return {
          ...line,
          position: i + 1,
          ...lineAmounts({ ...line, unitCostMinor: p.costMinor }),
        };
      });
      const day = new Date(now - (60 - 20 * n) * 86_400_000);
      const [order] = await db
        .insert(schema.orders)
        .values({
          accountId: account.id,
          number: `DEMO-${account.code}-${n + 1}`,
          orderDate: day.toISOString().slice(0, 10),
          status,
          ...orderTotals(lines),
          confirmedAt: status === "draft" ? null : day,
          deliveredAt: status === "delivered" ? new Date(day.getTime() + 7 * 86_400_000) : null,
        })
        .onConflictDoNothing()
        .returning({ id: schema.orders.id });
      if (order)
        await db.insert(schema.orderLines).values(lines.map((l) => ({ ...l, orderId: order.id })));
    }
  }
}
