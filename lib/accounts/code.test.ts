import { describe, expect, test } from "vitest";
import { CUSTOMER_CODE_PATTERN, codePrefix, customerCode } from "./code";

describe("customer code", () => {
  test("follows grade letter + area code + serial", () => {
    expect(customerCode("important", "0101", 10)).toBe("i010110");
    expect(customerCode("normal", "0101", 3)).toBe("n010103");
    expect(customerCode("potential", "21", 123)).toBe("p21123");
    expect(codePrefix("potential", "0755")).toBe("p0755");
  });
  test("accepts generated codes and refuses malformed ones", () => {
    expect(CUSTOMER_CODE_PATTERN.test("i010110")).toBe(true);
    expect(CUSTOMER_CODE_PATTERN.test("x010110")).toBe(false);
    expect(CUSTOMER_CODE_PATTERN.test("i 0101")).toBe(false);
    expect(CUSTOMER_CODE_PATTERN.test("i")).toBe(false);
  });
});
