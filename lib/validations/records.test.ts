import { describe, expect, test } from "vitest";
import { MAX_INTEGER, rowVersion, rowVersionOrNew, serialId } from "./records";

describe("row versions and serial ids", () => {
  test("fit a PostgreSQL integer: 2³¹ and beyond are invalid, not a database error", () => {
    for (const schema of [rowVersion, serialId]) {
      expect(schema.safeParse(1).data).toBe(1);
      expect(schema.safeParse("7").data).toBe(7);
      expect(schema.safeParse(MAX_INTEGER).success).toBe(true);
      for (const bad of [0, -1, 1.5, 2 ** 31, 2 ** 53, Number.NaN, Infinity, "x", null]) {
        expect(schema.safeParse(bad).error?.issues[0]?.message, String(bad)).toBe("invalid");
      }
    }
    expect(rowVersionOrNew.safeParse(0).data).toBe(0);
    expect(rowVersionOrNew.safeParse(2 ** 31).success).toBe(false);
  });
});
