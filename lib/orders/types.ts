/**
 * Status of a sales order: draft → confirmed → delivered, or cancelled from draft
 * or confirmed (lib/orders/status.ts has the transitions).
 */
export const ORDER_STATUSES = ["draft", "confirmed", "delivered", "cancelled"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Statuses whose orders count as revenue (the value features read these). */
export const REVENUE_STATUSES = [
  "confirmed",
  "delivered",
] as const satisfies readonly OrderStatus[];

/** A discount is percent off in basis points: 1000 = 10 % off, 10000 = free. */
export const MAX_DISCOUNT_BP = 10_000;
/** Lines per order and the largest quantity on one line. */
export const MAX_ORDER_LINES = 100;
export const MAX_QUANTITY = 1_000_000;
