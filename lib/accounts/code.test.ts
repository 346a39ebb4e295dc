import { describe, expect, test } from "vitest";
import { CUSTOMER_CODE_PATTERN, codePrefix, customerCode, regradedCode } from "./code";

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
  test("a new grade changes the code's letter and keeps area and serial", () => {
    expect(regradedCode("n020102", "important")).toBe("i020102");
    expect(regradedCode("i020102", "potential")).toBe("p020102");
    expect(regradedCode("p21123", "potential")).toBe("p21123");
  });
});
