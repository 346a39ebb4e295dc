/*
 * Money is an integer count of the currency's minor unit (fen, cents) held in a
 * plain `number`. Every amount is checked with Number.isSafeInteger, so sums and
 * products stay exact up to ±2^53 − 1 minor units (about 90 trillion yuan);
 * past that an operation throws instead of silently rounding.
 */

export const DEFAULT_CURRENCY = "CNY";
export const CURRENCIES = ["CNY", "USD", "EUR", "HKD", "JPY", "GBP"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Message keys relative to the `cost` namespace; `required` falls back to common. */
export type MoneyErrorKey =
  | "required"
  | "validation.moneyInvalid"
  | "validation.moneyNegative"
  | "validation.moneyTooManyDecimals"
  | "validation.moneyTooLarge";
export type MoneyResult = { ok: true; minor: number } | { ok: false; error: MoneyErrorKey };

export type DecimalError = "invalid" | "tooManyDecimals" | "tooLarge";
export type DecimalResult = { ok: true; units: number } | { ok: false; error: DecimalError };

export function assertMinor(value: number, what = "amount"): number {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`Not an exact minor-unit ${what}: ${value}`);
  return value;
}

/** Adds minor units, throwing once the exact sum leaves the safe-integer range. */
export function addMinor(a: number, b: number): number {
  return assertMinor(assertMinor(a) + assertMinor(b), "sum");
}

const digitsCache = new Map<string, number>();

/**
 * Decimal places of the currency's minor unit: 2 for CNY, 0 for JPY. Cached: building
 * an Intl.NumberFormat per amount cost a dashboard of money tables ~25 ms per request.
 */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits!;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** Full-width digits and punctuation (as typed with a Chinese IME) to ASCII. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\uFFE5/g, "¥")
    .replace(/\u3000/g, " ");
}

const DECIMAL = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/;

/**
 * An unsigned decimal string as an integer count of 10^-digits, by string
 * manipulation only: "0.1" is exactly 10 hundredths, never 0.1 in binary.
 */
export function parseDecimalUnits(text: string, digits: number): DecimalResult {
  const match = DECIMAL.exec(text);
  const whole = (match?.[1] ?? "").replace(/,/g, "");
  const fraction = match?.[2] ?? "";
  if (!match || whole.length + fraction.length === 0) return { ok: false, error: "invalid" };
  if (fraction.length > digits) return { ok: false, error: "tooManyDecimals" };
  const all = (whole + fraction.padEnd(digits, "0")).replace(/^0+(?=\d)/, "");
  if (BigInt(all) > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, error: "tooLarge" };
  return { ok: true, units: Number(all) };
}

const symbolCache = new Map<string, string[]>();

/** Ways a user may mark this currency: its code, symbols in both UI languages, RMB / 元 for CNY. */
function currencyMarks(currency: string): string[] {
  const cached = symbolCache.get(currency);
  if (cached) return cached;
  const marks = new Set([currency]);
  for (const locale of ["en", "zh-CN"]) {
    for (const currencyDisplay of ["symbol", "narrowSymbol"] as const) {
      const parts = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay });
      const symbol = parts.formatToParts(1).find((p) => p.type === "currency")?.value;
      if (symbol) marks.add(symbol);
    }
  }
  if (currency === "CNY") ["RMB", "元"].forEach((m) => marks.add(m));
  // Longest first, so "CN¥" is stripped before "¥".
  const sorted = [...marks].sort((a, b) => b.length - a.length);
  symbolCache.set(currency, sorted);
  return sorted;
}

function stripMark(text: string, marks: readonly string[]): string {
  const upper = text.toUpperCase();
  for (const mark of marks) {
    if (upper.startsWith(mark.toUpperCase())) return text.slice(mark.length).trim();
    if (upper.endsWith(mark.toUpperCase())) return text.slice(0, -mark.length).trim();
  }
  return text;
}

const MINUS = /^[-\u2212]/;

/**
 * A non-negative amount typed by a user ("1,234.50", "¥1234", "１２３元") in
 * minor units. Negative amounts are refused: a refund is not a cost line.
 */
export function parseMoney(text: string, currency: string = DEFAULT_CURRENCY): MoneyResult {
  let body = toHalfWidth(text).trim();
  if (body === "") return { ok: false, error: "required" };
  let negative = false;
  if (/^\(.*\)$/.test(body)) [negative, body] = [true, body.slice(1, -1).trim()];
  if (MINUS.test(body)) [negative, body] = [true, body.slice(1).trim()];
  body = stripMark(body, currencyMarks(currency));
  if (MINUS.test(body)) [negative, body] = [true, body.slice(1).trim()];
  const parsed = parseDecimalUnits(body, currencyDigits(currency));
  if (!parsed.ok) {
    return {
      ok: false,
      error:
        parsed.error === "invalid"
          ? "validation.moneyInvalid"
          : parsed.error === "tooManyDecimals"
            ? "validation.moneyTooManyDecimals"
            : "validation.moneyTooLarge",
    };
  }
  if (negative) return { ok: false, error: "validation.moneyNegative" };
  return { ok: true, minor: parsed.units };
}

/** Minor units as a plain decimal string ("-1234.50"), e.g. to prefill a form field. */
export function minorToDecimal(minor: number, currency: string = DEFAULT_CURRENCY): string {
  assertMinor(minor);
  const digits = currencyDigits(currency);
  const abs = String(Math.abs(minor)).padStart(digits + 1, "0");
  const sign = minor < 0 ? "-" : "";
  if (digits === 0) return sign + abs;
  return `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

const formatCache = new Map<string, Intl.NumberFormat>();

/**
 * Formats minor units for display. Intl.NumberFormat receives a decimal string
 * (supported since Node 19 / ES2023), so amounts past 2^53 / 100 never pass
 * through a binary fraction.
 */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const key = `${locale}|${currency}`;
  let format = formatCache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatCache.set(key, format);
  }
  return format.format(minorToDecimal(minor, currency) as `${number}`);
}
