import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formResolver } from "./form-resolver";

const schema = z.object({ amount: z.string().trim().min(1, "required").transform(Number) });
const opts = { fields: {}, shouldUseNativeValidation: false } as never;

describe("formResolver", () => {
  it("hands the parsed values to submit by default", async () => {
    const result = await formResolver(schema)({ amount: " 12 " }, undefined, opts);
    expect(result).toEqual({ values: { amount: 12 }, errors: {} });
  });

  it("hands the typed values to submit with raw (the action parses them once)", async () => {
    const resolve = formResolver<{ amount: string }>(schema, { raw: true });
    expect(await resolve({ amount: " 12 " }, undefined, opts)).toEqual({
      values: { amount: " 12 " },
      errors: {},
    });
  });

  it("reports the schema's message beside the field", async () => {
    const result = await formResolver(schema)({ amount: "  " }, undefined, opts);
    expect(result.values).toEqual({});
    expect(result.errors.amount?.message).toBe("required");
  });

  it("checks what prepare makes of the values", async () => {
    const resolve = formResolver<{ amount: string }, { amount: number }>(schema, {
      prepare: (v) => ({ amount: v.amount || "7" }),
    });
    expect(await resolve({ amount: "" }, undefined, opts)).toEqual({
      values: { amount: 7 },
      errors: {},
    });
  });
});
