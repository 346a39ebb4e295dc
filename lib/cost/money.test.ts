import { describe, expect, it } from "vitest";
import {
  addMinor,
  currencyDigits,
  formatMoney,
  minorToDecimal,
  parseDecimalUnits,
  parseMoney,
} from "./money";

const minor = (text: string, currency?: string) => {
  const result = parseMoney(text, currency);
  return result.ok ? result.minor : result.error;
};

describe("parseMoney", () => {
  it("reads the ways people type amounts, exactly", () => {
    expect(minor("1,234.50")).toBe(123450);
    expect(minor("1234.5")).toBe(123450);
    expect(minor("1234")).toBe(123400);
    expect(minor(" ¥1234 ")).toBe(123400);
    expect(minor("CN¥ 1,000,000")).toBe(100000000);
    expect(minor("RMB 3.3")).toBe(330);
    expect(minor("12元")).toBe(1200);
    expect(minor(".5")).toBe(50);
    expect(minor("0")).toBe(0);
  });

  it("reads full-width input from a Chinese IME", () => {
    expect(minor("１２３")).toBe(12300);
    expect(minor("￥１，２３４．５０")).toBe(123450);
  });

  it("avoids binary fractions: 0.1 + 0.2 is 30 fen, and 1.15 / 4.35 stay exact", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addMinor(minor("0.1") as number, minor("0.2") as number)).toBe(minor("0.3"));
    expect(minor("1.15")).toBe(115);
    expect(minor("4.35")).toBe(435);
    expect(minor("1.005")).toBe("validation.moneyTooManyDecimals");
  });

  it("refuses negatives, garbage and more decimals than the currency has", () => {
    for (const text of ["-5", "−5", "－５", "(5)", "¥-5", "-¥5"]) {
      expect(minor(text)).toBe("validation.moneyNegative");
    }
    for (const text of [
      "abc",
      "1e3",
      "0x10",
      "12,34",
      "1.2.3",
      "$5",
      "¥",
      ".",
      "Infinity",
      "NaN",
    ]) {
      expect(minor(text)).toBe("validation.moneyInvalid");
    }
    expect(minor("1.234")).toBe("validation.moneyTooManyDecimals");
    expect(minor("   ")).toBe("required");
  });

  it("follows the currency: dollars for USD, no decimals for yen", () => {
    expect(minor("$5.25", "USD")).toBe(525);
    expect(minor("¥1,234", "JPY")).toBe(1234);
    expect(minor("12.5", "JPY")).toBe("validation.moneyTooManyDecimals");
    expect(currencyDigits("CNY")).toBe(2);
    expect(currencyDigits("JPY")).toBe(0);
  });

  it("accepts every safe integer amount and refuses one more", () => {
    expect(minor("90,071,992,547,409.91")).toBe(Number.MAX_SAFE_INTEGER);
    expect(minor("90071992547409.92")).toBe("validation.moneyTooLarge");
    expect(minor("1" + "0".repeat(30))).toBe("validation.moneyTooLarge");
  });

  it("exposes the decimal parser for other exact quantities", () => {
    expect(parseDecimalUnits("7.25", 2)).toEqual({ ok: true, units: 725 });
    expect(parseDecimalUnits("007", 2)).toEqual({ ok: true, units: 700 });
    expect(parseDecimalUnits("7.255", 2)).toEqual({ ok: false, error: "tooManyDecimals" });
  });
});

describe("formatMoney", () => {
  it("formats per locale", () => {
    expect(formatMoney(123450, "CNY", "en")).toBe("CN¥1,234.50");
    expect(formatMoney(123450, "CNY", "zh-CN")).toBe("¥1,234.50");
    expect(formatMoney(0, "CNY", "zh-CN")).toBe("¥0.00");
    expect(formatMoney(-5, "CNY", "zh-CN")).toBe("-¥0.05");
    expect(formatMoney(525, "USD", "en")).toBe("$5.25");
    expect(formatMoney(1234, "JPY", "en")).toBe("¥1,234");
  });

  it("never rounds large amounts through floating point", () => {
    const naive = new Intl.NumberFormat("en", { style: "currency", currency: "CNY" });
    expect(naive.format(Number.MAX_SAFE_INTEGER / 100)).not.toBe("CN¥90,071,992,547,409.91");
    expect(formatMoney(Number.MAX_SAFE_INTEGER, "CNY", "en")).toBe("CN¥90,071,992,547,409.91");
    expect(formatMoney(Number.MAX_SAFE_INTEGER, "CNY", "zh-CN")).toBe("¥90,071,992,547,409.91");
  });

  it("round-trips through the form field value", () => {
    expect(minorToDecimal(123450)).toBe("1234.50");
    expect(minorToDecimal(5)).toBe("0.05");
    expect(minorToDecimal(-105)).toBe("-1.05");
    expect(minorToDecimal(1234, "JPY")).toBe("1234");
    expect(minor(minorToDecimal(9007199254740991))).toBe(9007199254740991);
  });

  it("refuses amounts that are not exact minor units", () => {
    expect(() => formatMoney(0.5, "CNY", "en")).toThrow(RangeError);
    expect(() => formatMoney(2 ** 53, "CNY", "en")).toThrow(RangeError);
    expect(() => addMinor(Number.MAX_SAFE_INTEGER, 1)).toThrow(RangeError);
  });
});
