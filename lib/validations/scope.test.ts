import { describe, expect, it } from "vitest";
import { changeRequestDecisionSchema, changeRequestSchema, scopeItemSchema } from "./scope";

function errors(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]);
}

const product = {
  type: "product",
  productKind: "custom",
  serviceKind: "",
  name: " Primer ",
  inScope: true,
  agreementRef: " HT-2024-017 ",
  note: "",
};

describe("scopeItemSchema", () => {
  it("accepts a custom product with an agreement, trimming text", () => {
    expect(scopeItemSchema.parse(product)).toEqual({
      type: "product",
      productKind: "custom",
      serviceKind: null,
      name: "Primer",
      inScope: true,
      agreementRef: "HT-2024-017",
      note: "",
    });
  });

  it("puts the missing agreement error on the agreement field", () => {
    for (const agreementRef of ["", "  ", null, undefined]) {
      expect(errors(scopeItemSchema.safeParse({ ...product, agreementRef }))).toEqual([
        ["agreementRef", "validation.agreementRequired"],
      ]);
    }
    expect(
      scopeItemSchema.safeParse({ ...product, agreementRef: "", inScope: false }).success,
    ).toBe(true);
    expect(
      scopeItemSchema.safeParse({ ...product, agreementRef: "", productKind: "standard" }).success,
    ).toBe(true);
  });

  it("needs the kind that fits the type, and drops the other", () => {
    expect(errors(scopeItemSchema.safeParse({ ...product, productKind: "" }))).toEqual([
      ["productKind", "validation.productKindRequired"],
    ]);
    const service = { ...product, type: "service", serviceKind: "" };
    expect(errors(scopeItemSchema.safeParse(service))).toEqual([
      ["serviceKind", "validation.serviceKindRequired"],
    ]);
    expect(
      scopeItemSchema.parse({ ...service, serviceKind: "pre_sale", agreementRef: "" }),
    ).toMatchObject({
      productKind: null,
      serviceKind: "pre_sale",
      agreementRef: null,
    });
  });

  it("refuses unknown values and missing names", () => {
    expect(
      errors(scopeItemSchema.safeParse({ ...product, type: "gift", name: "", inScope: "yes" })),
    ).toEqual([
      ["type", "required"],
      ["name", "required"],
      ["inScope", "required"],
    ]);
    expect(errors(scopeItemSchema.safeParse({ ...product, serviceKind: "warranty" }))).toEqual([
      ["serviceKind", "invalid"],
    ]);
  });
});

describe("changeRequestSchema", () => {
  const request = {
    change: "Add colour matching for line 3",
    reason: "Customer added a product line",
    costImpact: "About ¥8,000 in samples",
    scheduleImpact: "Samples step +14 days",
    riskImpact: "Order may slip past the 90-day target",
  };

  it("accepts a request that states every impact", () => {
    expect(changeRequestSchema.parse(request)).toEqual(request);
  });

  it("requires the change, its reason and its cost, schedule and risk impact", () => {
    const blank = {
      change: " ",
      reason: "",
      costImpact: "",
      scheduleImpact: "",
      riskImpact: undefined,
    };
    expect(errors(changeRequestSchema.safeParse(blank))).toEqual([
      ["change", "required"],
      ["reason", "required"],
      ["costImpact", "required"],
      ["scheduleImpact", "required"],
      ["riskImpact", "required"],
    ]);
  });

  it("needs a reason to reject", () => {
    expect(changeRequestDecisionSchema.parse({ decision: "approved" })).toEqual({
      decision: "approved",
      comment: "",
    });
    expect(
      errors(changeRequestDecisionSchema.safeParse({ decision: "rejected", comment: "" })),
    ).toEqual([["comment", "validation.rejectionReasonRequired"]]);
    expect(errors(changeRequestDecisionSchema.safeParse({ decision: "open" }))).toEqual([
      ["decision", "required"],
    ]);
  });
});
