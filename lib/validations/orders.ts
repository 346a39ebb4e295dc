import "./zod-jitless";
import { z } from "zod";
import { CURRENCIES, parseDecimalUnits, parseMoney, toHalfWidth } from "@/lib/cost/money";
import { isDateInRange } from "@/lib/dates";
import { MAX_DISCOUNT_BP, MAX_ORDER_LINES, MAX_QUANTITY, ORDER_STATUSES } from "@/lib/orders/types";
import { limit, withParams } from "./limits";
import { rowVersion } from "./records";

/*
 * Products and sales orders. Forms send what was typed (money, quantities and
 * percentages as text); these schemas turn it into stored units exactly (minor
 * units, whole quantities, basis points). Error messages are keys under `orders.validation`,
 * bare keys (required, invalid, tooLong) fall back to `common.validation`.
 */

type Ctx = z.RefinementCtx;
const issue = (ctx: Ctx, path: (string | number)[], message: string) =>
  ctx.addIssue({ code: "custom", message, path });

const typed = z.string("invalid").max(60, limit());

/** Money typed in `currency`: minor units; empty is null unless required. */
function money(ctx: Ctx, path: (string | number)[], text: string, currency: string) {
  const result = parseMoney(text, currency);
  if (result.ok) return result.minor;
  if (result.error !== "required") issue(ctx, path, result.error);
  return null;
}

/** A code or number as typed with either IME: half-width, trimmed, inner spaces kept. */
const code = (max: number) =>
  z
    .string("invalid")
    .transform((v) => toHalfWidth(v).trim())
    .pipe(z.string().min(1, "required").max(max, limit()));

export const productFieldsSchema = z
  .object({
    code: code(40),
    name: z.string("invalid").trim().min(1, "required").max(200, limit()),
    unit: z.string("invalid").trim().max(20, limit()),
    currency: z.enum(CURRENCIES, "required"),
    listPrice: typed,
    cost: typed,
    active: z.boolean("invalid"),
  })
  .transform(({ listPrice, cost, ...fields }, ctx) => {
    const listPriceMinor = money(ctx, ["listPrice"], listPrice, fields.currency);
    if (listPriceMinor === null && listPrice.trim() === "") issue(ctx, ["listPrice"], "required");
    const costMinor = money(ctx, ["cost"], cost, fields.currency);
    return { ...fields, listPriceMinor: listPriceMinor ?? 0, costMinor };
  });
export type ProductFieldsInput = z.input<typeof productFieldsSchema>;
export type ProductFields = z.output<typeof productFieldsSchema>;

export const createProductSchema = z.object({ fields: productFieldsSchema });
export const updateProductSchema = z.object({
  id: z.uuid(),
  version: rowVersion,
  fields: productFieldsSchema,
});

/** One order line as typed: product, unit price, quantity, discount in percent off. */
export const orderLineInputSchema = z.object({
  productId: z.union([z.uuid("required"), z.literal("")]),
  unitPrice: typed,
  quantity: typed,
  discount: typed,
});
export type OrderLineInput = z.input<typeof orderLineInputSchema>;

/** A whole quantity, 1 … MAX_QUANTITY ("1,000" and full-width digits accepted). */
function quantityOf(ctx: Ctx, path: (string | number)[], text: string) {
  const body = toHalfWidth(text).trim();
  if (body === "") return issue(ctx, path, "required");
  const parsed = parseDecimalUnits(body, 0);
  if (!parsed.ok || parsed.units < 1 || parsed.units > MAX_QUANTITY) {
    return issue(ctx, path, withParams("validation.quantity", { max: MAX_QUANTITY }));
  }
  return parsed.units;
}

/** Percent off with up to two decimals ("10", "12.5", "12.5%"), in basis points; empty is 0. */
function discountOf(ctx: Ctx, path: (string | number)[], text: string) {
  const body = toHalfWidth(text).trim().replace(/%$/, "").trim();
  if (body === "") return 0;
  const parsed = parseDecimalUnits(body, 2);
  if (!parsed.ok || parsed.units > MAX_DISCOUNT_BP) {
    issue(ctx, path, "validation.discount");
    return undefined;
  }
  return parsed.units;
}

export const orderFieldsSchema = z
  .object({
    number: code(40),
    orderDate: z
      .string("invalid")
      .trim()
      .min(1, "required")
      .refine(isDateInRange, "validation.dateInvalid"),
    contactId: z.union([z.uuid("invalid"), z.literal("")]),
    currency: z.enum(CURRENCIES, "required"),
    notes: z.string("invalid").trim().max(2000, limit()),
    lines: z
      .array(orderLineInputSchema, "invalid")
      .min(1, "validation.noLines")
      .max(MAX_ORDER_LINES, withParams("validation.tooManyLines", { max: MAX_ORDER_LINES })),
  })
  .transform(({ lines, ...fields }, ctx) => {
    const parsed = lines.map((line, i) => {
      const at = (field: string) => ["lines", i, field];
      if (!line.productId) issue(ctx, at("productId"), "required");
      const unitPriceMinor = money(ctx, at("unitPrice"), line.unitPrice, fields.currency);
      if (unitPriceMinor === null && line.unitPrice.trim() === "")
        issue(ctx, at("unitPrice"), "required");
      return {
        productId: line.productId,
        unitPriceMinor: unitPriceMinor ?? 0,
        quantity: quantityOf(ctx, at("quantity"), line.quantity) ?? 0,
        discountBp: discountOf(ctx, at("discount"), line.discount) ?? 0,
      };
    });
    return { ...fields, contactId: fields.contactId || null, lines: parsed };
  });
export type OrderFieldsInput = z.input<typeof orderFieldsSchema>;
export type OrderFields = z.output<typeof orderFieldsSchema>;

export const createOrderSchema = z.object({ accountId: z.uuid(), fields: orderFieldsSchema });
export const updateOrderSchema = z.object({
  id: z.uuid(),
  version: rowVersion,
  fields: orderFieldsSchema,
});
export const changeOrderStatusSchema = z.object({
  id: z.uuid(),
  version: rowVersion,
  status: z.enum(ORDER_STATUSES, "invalid"),
});
