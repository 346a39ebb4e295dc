import "server-only";
import { listProducts } from "@/db/queries/orders";
import { listStakeholders } from "@/db/queries/stakeholders";
import type { ProductOption } from "@/components/orders/order-form";
import type { Actor } from "@/lib/policy";

/**
 * What the order form offers: the account's customer-side contacts and the active
 * products, plus the products already on the order (kept even once inactive).
 */
export async function orderFormOptions(actor: Actor, accountId: string, keep: string[] = []) {
  const [stakeholders, catalogue] = await Promise.all([
    listStakeholders({ actor, accountId }),
    listProducts(),
  ]);
  const contacts = stakeholders
    .filter((s) => s.side === "customer")
    .map((s) => ({ id: s.id, name: s.name }));
  const products: ProductOption[] = catalogue
    .filter((p) => p.active || keep.includes(p.id))
    .map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      unit: p.unit,
      currency: p.currency,
      listPriceMinor: p.listPriceMinor,
    }));
  return { contacts, products };
}
