import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  requirementDocSchema,
  requirementDocSubmitSchema,
  type RequirementDocInput,
  type RequirementRowInput,
} from "./requirements";

function issues(result: z.ZodSafeParseResult<unknown>): string[] {
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

const row = (id: string, overrides: Partial<RequirementRowInput> = {}): RequirementRowInput => ({
  id,
  kind: "functional",
  title: "耐盐雾 1000 小时",
  priority: "must",
  acceptanceCriteria: "按 GB/T 1771 测试",
  sourceStakeholderId: null,
  status: "proposed",
  ...overrides,
});

const doc = (overrides: Partial<RequirementDocInput> = {}): RequirementDocInput => ({
  sections: {
    objectives: "  拿下二号线涂料订单  ",
    scopeStatement: "供应防腐涂料及技术服务",
    customerDescription: "",
    customerCharacteristics: "",
    assumptions: "",
    constraints: "",
    relatedProjects: "",
  },
  requirements: [row("r1")],
  ...overrides,
});

describe("requirementDocSchema", () => {
  it("accepts a document and trims its text", () => {
    const parsed = requirementDocSchema.parse(doc());
    expect(parsed.sections.objectives).toBe("拿下二号线涂料订单");
  });

  it("accepts an empty draft", () => {
    const empty = doc({ requirements: [] });
    empty.sections.objectives = "";
    expect(requirementDocSchema.safeParse(empty).success).toBe(true);
  });

  it("refuses sections over 5000 characters and rows with missing title or bad enums", () => {
    const d = doc({
      requirements: [
        row("r1", { title: "   " }),
        row("r2", { kind: "legal" as never, priority: "nice" as never, status: "open" as never }),
        row("r3", { acceptanceCriteria: "x".repeat(2001) }),
      ],
    });
    d.sections.constraints = "限".repeat(5001);
    expect(issues(requirementDocSchema.safeParse(d))).toEqual([
      "sections.constraints: tooLong|max=5000",
      "requirements.0.title: validation.titleRequired",
      "requirements.1.kind: validation.kindRequired",
      "requirements.1.priority: validation.priorityRequired",
      "requirements.1.status: validation.statusRequired",
      "requirements.2.acceptanceCriteria: tooLong|max=2000",
    ]);
  });

  it("refuses a missing section", () => {
    const d = doc() as { sections: Record<string, unknown> };
    delete d.sections.assumptions;
    expect(issues(requirementDocSchema.safeParse(d))).toEqual(["sections.assumptions: invalid"]);
  });

  it("refuses a requirement listed twice", () => {
    const d = doc({ requirements: [row("r1"), row("r2"), row("r1")] });
    expect(issues(requirementDocSchema.safeParse(d))).toEqual([
      "requirements.2.id: validation.duplicateRequirement",
    ]);
  });
});

describe("requirementDocSubmitSchema", () => {
  it("accepts a document with objectives, scope and a planned requirement", () => {
    expect(requirementDocSubmitSchema.safeParse(doc()).success).toBe(true);
  });

  it("refuses blank objectives and scope statement", () => {
    const d = doc();
    d.sections.objectives = "   ";
    d.sections.scopeStatement = "";
    expect(issues(requirementDocSubmitSchema.safeParse(d))).toEqual([
      "sections.objectives: validation.objectivesRequired",
      "sections.scopeStatement: validation.scopeStatementRequired",
    ]);
  });

  it("needs at least one requirement that is neither rejected nor deferred", () => {
    const refused = ["requirements: validation.requirementsRequired"];
    expect(issues(requirementDocSubmitSchema.safeParse(doc({ requirements: [] })))).toEqual(
      refused,
    );
    const onlyDeferred = doc({
      requirements: [row("r1", { priority: "wont" }), row("r2", { status: "rejected" })],
    });
    expect(issues(requirementDocSubmitSchema.safeParse(onlyDeferred))).toEqual(refused);
  });
});
