import { ORDER, ORDER_LINE, PRODUCT } from "../fuzz-world";
import { account, type Entries } from "./shared";

/** app/(app)/admin/products/actions.ts, app/(app)/accounts/[id]/order-actions.ts */
export const ordersPayloads: Entries = {
  // Admin first among the roles: its valid payload runs before others' mutations take the code.
  createProductAction: {
    as: "admin",
    base: () => ({ fields: { ...PRODUCT, code: "P-NEW" } }),
  },
  updateProductAction: {
    as: "admin",
    base: (w) => ({ id: w.product.id, version: w.product.version, fields: PRODUCT }),
  },
  createOrderAction: {
    as: "admin",
    base: (w) => ({
      ...account(w),
      fields: { ...ORDER, number: "HT-NEW", lines: [{ ...ORDER_LINE, productId: w.product.id }] },
    }),
  },
  updateOrderAction: {
    as: "owner",
    base: (w) => ({
      id: w.order.id,
      version: w.order.version,
      fields: { ...ORDER, lines: [{ ...ORDER_LINE, productId: w.product.id }] },
    }),
  },
  changeOrderStatusAction: {
    as: "owner",
    base: (w) => ({ id: w.order.id, version: w.order.version, status: "confirmed" }),
  },
};
