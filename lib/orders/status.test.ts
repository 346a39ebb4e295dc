import { describe, expect, it } from "vitest";
import { canChangeOrderStatus, isOrderEditable, stampFor } from "./status";
import { ORDER_STATUSES, type OrderStatus } from "./types";

describe("order status", () => {
  it("moves draft → confirmed → delivered, and cancels from draft or confirmed only", () => {
    const allowed = ORDER_STATUSES.flatMap((from) =>
      ORDER_STATUSES.filter((to) => canChangeOrderStatus(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      "draft→confirmed",
      "draft→cancelled",
      "confirmed→delivered",
      "confirmed→cancelled",
    ]);
  });

  it("never skips confirmation, reopens, or leaves a final status", () => {
    const refused: [OrderStatus, OrderStatus][] = [
      ["draft", "delivered"],
      ["delivered", "cancelled"],
      ["cancelled", "draft"],
      ["confirmed", "draft"],
      ["draft", "draft"],
    ];
    for (const [from, to] of refused) expect(canChangeOrderStatus(from, to)).toBe(false);
  });

  it("lets only a draft be edited", () => {
    expect(ORDER_STATUSES.filter(isOrderEditable)).toEqual(["draft"]);
  });

  it("stamps the time of the change it makes", () => {
    const now = new Date("2026-12-03T08:00:00Z");
    expect(stampFor("confirmed", now)).toEqual({ confirmedAt: now });
    expect(stampFor("delivered", now)).toEqual({ deliveredAt: now });
    expect(stampFor("cancelled", now)).toEqual({ cancelledAt: now });
  });
});
