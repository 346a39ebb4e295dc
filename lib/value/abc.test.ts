import { describe, expect, it } from "vitest";
import { classForShare, classify, DEFAULT_ABC_THRESHOLDS, isDowngrade } from "./abc";

const t = DEFAULT_ABC_THRESHOLDS;
const classes = (values: number[], thresholds = t) =>
  Object.fromEntries(
    classify(
      values.map((value, i) => ({ id: `a${i}`, value })),
      thresholds,
    ).map((r) => [r.id, r.cls]),
  );

describe("classify", () => {
  it("puts the accounts holding the top 80 % in A, the next 15 % in B, the rest in C", () => {
    // Shares 50, 20, 10, 10, 5, 3, 2 %: above each 0, 50, 70, 80, 90, 95, 98.
    expect(classes([50, 20, 10, 10, 5, 3, 2])).toEqual({
      a0: "A",
      a1: "A",
      // Tied at 10: both have 70 % above them, so both are A.
      a2: "A",
      a3: "A",
      a4: "B",
      a5: "C",
      a6: "C",
    });
  });

  it("an account starting exactly on a boundary belongs to the next class", () => {
    // Above a1: 80 % exactly → B; above a2: 95 % exactly → C.
    expect(classes([80, 15, 5])).toEqual({ a0: "A", a1: "B", a2: "C" });
    expect(classForShare(7999, 1, t)).toBe("A");
    expect(classForShare(8000, 1, t)).toBe("B");
    expect(classForShare(9499, 1, t)).toBe("B");
    expect(classForShare(9500, 1, t)).toBe("C");
  });

  it("the account crossing the line stays in the class it crosses", () => {
    // One customer with 90 % of the revenue is A, not B.
    expect(classes([90, 10])).toEqual({ a0: "A", a1: "B" });
  });

  it("ties share a class even when the group straddles a boundary", () => {
    expect(classes([40, 20, 20, 20])).toEqual({ a0: "A", a1: "A", a2: "A", a3: "A" });
    expect(classes([70, 10, 10, 10])).toEqual({ a0: "A", a1: "A", a2: "A", a3: "A" });
    expect(classes([85, 5, 5, 5])).toEqual({ a0: "A", a1: "B", a2: "B", a3: "B" });
  });

  it("accounts without revenue, or with none at all anywhere, are C", () => {
    expect(classes([100, 0, 0])).toEqual({ a0: "A", a1: "C", a2: "C" });
    expect(classes([0, 0])).toEqual({ a0: "C", a1: "C" });
    expect(classes([])).toEqual({});
    // A negative margin ranks last and is C.
    expect(classes([10, -5])).toEqual({ a0: "A", a1: "C" });
  });

  it("follows edited thresholds", () => {
    expect(classes([50, 30, 20], { aBp: 5000, bBp: 3000 })).toEqual({ a0: "A", a1: "B", a2: "C" });
    expect(classes([50, 30, 20], { aBp: 10000, bBp: 0 })).toEqual({ a0: "A", a1: "A", a2: "A" });
  });
});

describe("isDowngrade", () => {
  it("is a move to a lower class only", () => {
    expect(isDowngrade("A", "B")).toBe(true);
    expect(isDowngrade("A", "C")).toBe(true);
    expect(isDowngrade("C", "B")).toBe(false);
    expect(isDowngrade(null, "C")).toBe(false);
  });
});
