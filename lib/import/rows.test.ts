import { describe, expect, test } from "vitest";
import { checkRow, rowValues, type ReferenceLookup } from "./rows";
import { suggestMapping } from "./suggest";
import { customerRows } from "./testing/generate";

const lookup: ReferenceLookup = {
  area: new Map([
    ["0101", 11],
    ["北京", 11],
    ["beijing", 11],
  ]),
  industry: new Map([
    ["涂料", 21],
    ["coatings", 21],
  ]),
  source: new Map([["展会", 31]]),
};
const base = { name: "北京华彩涂料有限公司", area: "0101" };

describe("row validation with the forms' schemas", () => {
  test("a generated row maps and passes, choice lists read from Chinese words", () => {
    const [header, row] = customerRows(1);
    const values = rowValues(row!, suggestMapping(header!));
    const checked = checkRow(values, {
      ...lookup,
      area: new Map([["0201", 12]]),
      industry: new Map([["机械制造", 22]]),
      source: new Map([["客户介绍", 32]]),
    });
    expect(checked).toMatchObject({
      ok: true,
      account: { areaId: 12, industryId: 22, sourceId: 32, type: "buyer", grade: "normal" },
      contact: { name: "李1", isPrimary: true, side: "customer", decisionRole: "user" },
    });
  });

  test("reference data by code or either language's name, any case", () => {
    const checked = checkRow({ ...base, area: "Beijing", industry: "COATINGS" }, lookup);
    expect(checked).toMatchObject({ ok: true, account: { areaId: 11, industryId: 21 } });
  });

  test("blank choice lists take the form's defaults; no contact columns, no contact", () => {
    expect(checkRow(base, lookup)).toMatchObject({
      ok: true,
      account: { grade: "normal", type: "buyer", status: "active", industryId: null },
      contact: null,
    });
  });

  test.each([
    [{ name: "" }, "name", "required"],
    [{ area: "" }, "area", "required"],
    [{ area: "9999" }, "area", "accounts.validation.unknownArea"],
    [{ industry: "航天" }, "industry", "unknownReference"],
    [{ phone: "call me" }, "phone", "invalidPhone"],
    [{ email: "not-mail" }, "email", "invalidEmail"],
    [{ homepage: "ftp://x" }, "homepage", "invalidUrl"],
    [{ annualRevenue: "lots" }, "annualRevenue", "invalidAmount"],
    [{ employeeCount: "-3" }, "employeeCount", "tooSmall|min=0"],
    [{ grade: "VIP" }, "grade", undefined],
    [{ name: "x".repeat(201) }, "name", "tooLong|max=200"],
    [{ "contact.mobile": "手机" }, "contact.name", "required"],
    [{ "contact.name": "王", "contact.email": "bad" }, "contact.email", "invalidEmail"],
  ])("%o: an error beside %s", (values, field, message) => {
    const checked = checkRow({ ...base, ...values }, lookup);
    expect(checked.ok).toBe(false);
    const errors = (checked as { errors: Record<string, string[]> }).errors;
    expect(Object.keys(errors)).toContain(field);
    if (message) expect(errors[field]).toContain(message);
  });

  test("every bad field of a row is reported, not only the first", () => {
    const checked = checkRow({ name: "", area: "9999", email: "x", phone: "y" }, lookup);
    expect(Object.keys((checked as { errors: object }).errors).sort()).toEqual([
      "area",
      "email",
      "name",
      "phone",
    ]);
  });
});
