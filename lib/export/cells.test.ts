import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCellText, defuseFormula } from "./cells";

describe("formula injection", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+86 10 1234", "'+86 10 1234"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
  ])("prefixes %j with an apostrophe", (input, output) => {
    expect(defuseFormula(input)).toBe(output);
  });

  it.each(["杭州湖畔涂料有限公司", "a=b", "0571-87654321", "", " =1"])(
    "leaves %j as it is",
    (input) => {
      expect(defuseFormula(input)).toBe(input);
    },
  );

  it("no text comes out starting like a formula, and only a defused one changes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const out = defuseFormula(text);
        expect(out).not.toMatch(/^[=+\-@\t\r]/);
        expect(out === text || out === `'${text}`).toBe(true);
        if (out !== text) expect(text).toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });

  it("writes numbers as numbers (a negative amount is not text) and nothing as empty", () => {
    expect(csvCellText(-1500.5)).toBe("-1500.5");
    expect(csvCellText(null)).toBe("");
    expect(csvCellText(Number.NaN)).toBe("");
    expect(csvCellText("-1500")).toBe("'-1500");
  });
});
