import type { OrderStatus } from "./types";

/** Where an order may go next: draft → confirmed → delivered; draft or confirmed → cancelled. */
export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  draft: ["confirmed", "cancelled"],
  confirmed: ["delivered", "cancelled"],
  delivered: [],
  cancelled: [],
};

export const canChangeOrderStatus = (from: OrderStatus, to: OrderStatus) =>
  ORDER_TRANSITIONS[from].includes(to);

/** Only a draft's header and lines may be edited; a confirmed order is what was agreed. */
export const isOrderEditable = (status: OrderStatus) => status === "draft";

/** The timestamp column a status change fills in. */
export function stampFor(to: OrderStatus, now: Date) {
  if (to === "confirmed") return { confirmedAt: now };
  if (to === "delivered") return { deliveredAt: now };
  if (to === "cancelled") return { cancelledAt: now };
  return {};
}
