import { describe, expect, test } from "vitest";
import { createReferenceItemSchema } from "./reference-data";
import { stageSettingSchema } from "./stage-settings";

describe("stage setting", () => {
  test("blank means no limit; whole days 1–365 otherwise", () => {
    const parse = (expectedDays: unknown) =>
      stageSettingSchema.safeParse({ stage: "scope", expectedDays, version: 0 });
    expect(parse(" ").data?.expectedDays).toBeNull();
    expect(parse("21").data?.expectedDays).toBe(21);
    for (const bad of ["0", "2.5", "366", "abc"]) {
      expect(parse(bad).error?.issues[0]?.message, bad).toBe("invalidDays");
    }
    expect(
      stageSettingSchema.safeParse({ stage: "dropped", expectedDays: 3, version: 0 }).success,
    ).toBe(false);
  });
});

describe("reference item", () => {
  const item = {
    kind: "industry",
    code: "coat-01",
    nameEn: "Coatings",
    nameZh: "涂料",
    sortOrder: "5",
  };
  test("accepts a valid item and coerces the sort order", () => {
    expect(createReferenceItemSchema.parse(item)).toMatchObject({ sortOrder: 5 });
  });
  test("area codes must fit into customer codes", () => {
    const area = { ...item, kind: "area" };
    expect(createReferenceItemSchema.safeParse({ ...area, code: "0101" }).success).toBe(true);
    const bad = createReferenceItemSchema.safeParse({ ...area, code: "01-01" });
    expect(bad.error?.issues[0]).toMatchObject({ path: ["code"], message: "invalidAreaCode" });
  });
});
