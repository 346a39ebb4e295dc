import { describe, expect, it } from "vitest";
import {
  duplicatesName,
  needsAgreement,
  scopeGateFacts,
  scopeNameKey,
  type ScopeItem,
} from "./rules";

const item = (overrides: Partial<ScopeItem>): ScopeItem => ({
  type: "product",
  productKind: "standard",
  name: "Anti-corrosion primer",
  inScope: true,
  note: "",
  ...overrides,
});

describe("scope rules", () => {
  it("needs an agreement only for in-scope custom products", () => {
    expect(needsAgreement(item({ productKind: "custom" }))).toBe(true);
    expect(needsAgreement(item({ productKind: "custom", agreementRef: "   " }))).toBe(true);
    expect(needsAgreement(item({ productKind: "custom", agreementRef: "HT-2024-017" }))).toBe(
      false,
    );
    expect(needsAgreement(item({ productKind: "custom", inScope: false }))).toBe(false);
    expect(needsAgreement(item({ productKind: "standard" }))).toBe(false);
    expect(
      needsAgreement(item({ type: "service", productKind: null, serviceKind: "after_sale" })),
    ).toBe(false);
  });

  it("collects the facts the scope gate checks", () => {
    const items = [
      item({}),
      item({ productKind: "custom" }),
      item({ productKind: "custom", agreementRef: "HT-1" }),
      item({ productKind: "custom", inScope: false }),
      item({ type: "service", serviceKind: "technical", inScope: false }),
    ];
    const requests = [
      { status: "open" as const },
      { status: "approved" as const },
      { status: "rejected" as const },
      { status: "open" as const },
    ];
    expect(scopeGateFacts(items, requests)).toEqual({
      inScopeCount: 3,
      customProductsMissingAgreement: 1,
      openChangeRequests: 2,
    });
    expect(scopeGateFacts([], [])).toEqual({
      inScopeCount: 0,
      customProductsMissingAgreement: 0,
      openChangeRequests: 0,
    });
  });

  it("treats names that differ only in case, width or spacing as the same item", () => {
    expect(scopeNameKey("  Anti-corrosion   Primer ")).toBe("anti-corrosion primer");
    expect(scopeNameKey("ＡＢＣ　涂料")).toBe("abc 涂料");
    const items = [
      { id: "a", name: "Anti-corrosion primer" },
      { id: "b", name: "现场技术服务" },
    ];
    expect(duplicatesName(items, "anti-corrosion  PRIMER")).toBe(true);
    expect(duplicatesName(items, " 现场技术服务 ")).toBe(true);
    expect(duplicatesName(items, "Anti-corrosion primer", "a")).toBe(false);
    expect(duplicatesName(items, "Topcoat")).toBe(false);
  });
});
