import { describe, expect, test } from "vitest";
import { toCsv } from "./csv";

describe("dashboard CSV", () => {
  test("writes headers, counts, days to one decimal and shares as percent", () => {
    const csv = toCsv({
      columns: ["Stage", "Stays", "Median (days)", "Share"],
      rows: [
        [{ text: "Scope" }, { count: 12 }, { days: 3.456 }, { share: 0.25 }],
        [{ text: "Cost plan" }, { count: 0 }, { days: null }, { share: null }],
      ],
    });
    expect(csv).toBe(
      "\uFEFFStage,Stays,Median (days),Share\r\nScope,12,3.5,25.0%\r\nCost plan,0,,\r\n",
    );
  });

  test("writes money as a plain decimal in the currency's minor unit", () => {
    const csv = toCsv({
      columns: ["Currency", "Planned"],
      rows: [
        [{ text: "CNY" }, { money: 123_456_789, currency: "CNY" }],
        [{ text: "JPY" }, { money: -1500, currency: "JPY" }],
        [{ text: "USD" }, { money: null, currency: "USD" }],
      ],
    });
    expect(csv.split("\r\n").slice(1, 4)).toEqual(["CNY,1234567.89", "JPY,-1500", "USD,"]);
  });

  test("quotes separators and defuses formulas in free text", () => {
    const csv = toCsv({
      columns: ["Reason"],
      rows: [[{ text: 'budget, "later"' }], [{ text: "=HYPERLINK(1)" }]],
    });
    expect(csv.split("\r\n").slice(1, 3)).toEqual(['"budget, ""later"""', "'=HYPERLINK(1)"]);
  });
});
