"use server";
import { products, type Product } from "@/db/schema";
import { authedAction } from "@/lib/actions/action";
import { fieldError } from "@/lib/actions/errors";
import { updateVersioned } from "@/lib/actions/versioned";
import { can } from "@/lib/policy";
import { createProductSchema, updateProductSchema } from "@/lib/validations/orders";

const PATH = "/admin/products";

/** What an audit row keeps of a product (the history line reads these). */
const auditSummary = (row: Product) => ({
  code: row.code,
  name: row.name,
  unit: row.unit,
  currency: row.currency,
  listPriceMinor: row.listPriceMinor,
  costMinor: row.costMinor,
  active: row.active,
});

/** Two products with one code (also when two people save at once): beside the code field. */
const constraints = { products_code_idx: () => fieldError("fields.code", "codeTaken") };

export const createProductAction = authedAction({
  schema: createProductSchema,
  policy: ({ user }) => can(user, "product.manage"),
  run: async ({ tx, input, audit }) => {
    const [created] = await tx.insert(products).values(input.fields).returning();
    await audit({
      entity: "product",
      entityId: created!.id,
      action: "create",
      after: auditSummary(created!),
    });
    return { id: created!.id, version: created!.version };
  },
  constraints,
  revalidate: () => [PATH],
});

export const updateProductAction = authedAction({
  schema: updateProductSchema,
  policy: ({ user }) => can(user, "product.manage"),
  run: async ({ tx, input, audit }) => {
    const { before, after } = await updateVersioned(
      tx,
      products,
      input.id,
      input.version,
      input.fields,
    );
    await audit({
      entity: "product",
      entityId: input.id,
      action: "update",
      before: auditSummary(before),
      after: auditSummary(after),
    });
    return { id: input.id, version: after.version };
  },
  constraints,
  revalidate: () => [PATH],
});
