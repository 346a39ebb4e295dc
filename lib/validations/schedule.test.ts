import { describe, expect, it } from "vitest";
import { scheduleStepEditSchema, scheduleTemplateSchema } from "./schedule";

function errors(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return (result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]);
}

const template = {
  name: "  Coatings ",
  industry: "",
  steps: [
    { key: "samples", label: "Samples", durationDays: 30 },
    { key: "order", label: "Order", durationDays: 0 },
  ],
  targetDaysToOrder: null,
};

describe("scheduleTemplateSchema", () => {
  it("accepts a template, trimming and dropping empty optional fields", () => {
    const parsed = scheduleTemplateSchema.parse(template);
    expect(parsed.name).toBe("Coatings");
    expect(parsed.industry).toBeUndefined();
    expect(parsed.targetDaysToOrder).toBeUndefined();
    expect(
      scheduleTemplateSchema.parse({ ...template, targetDaysToOrder: 90, industry: "coatings" }),
    ).toMatchObject({ targetDaysToOrder: 90, industry: "coatings" });
  });

  it("reports each problem on its field with a message key", () => {
    const result = scheduleTemplateSchema.safeParse({
      name: "",
      steps: [
        { key: "1st", label: "", durationDays: 366 },
        { key: "a", label: "A", durationDays: 1.5 },
        { key: "a", label: "A", durationDays: -1 },
      ],
      targetDaysToOrder: 0,
    });
    expect(errors(result)).toEqual([
      ["name", "required"],
      ["steps.0.key", "validation.keyFormat"],
      ["steps.0.label", "required"],
      ["steps.0.durationDays", "validation.durationInvalid"],
      ["steps.1.durationDays", "validation.durationInvalid"],
      ["steps.2.durationDays", "validation.durationInvalid"],
      ["targetDaysToOrder", "validation.targetInvalid"],
    ]);
  });

  it("needs at least one step and unique keys", () => {
    expect(errors(scheduleTemplateSchema.safeParse({ ...template, steps: [] }))).toEqual([
      ["steps", "validation.stepsRequired"],
    ]);
    const dup = { ...template, steps: [template.steps[0], template.steps[0]] };
    expect(errors(scheduleTemplateSchema.safeParse(dup))).toEqual([
      ["steps.1.key", "validation.keyDuplicate"],
    ]);
  });
});

describe("scheduleStepEditSchema", () => {
  const edit = {
    plannedStart: "2024-02-28",
    plannedFinish: "2024-03-01",
    actualStart: "",
    actualFinish: "",
  };

  it("accepts planned dates and turns empty actual dates into null", () => {
    expect(scheduleStepEditSchema.parse(edit)).toEqual({
      ...edit,
      actualStart: null,
      actualFinish: null,
    });
    expect(
      scheduleStepEditSchema.parse({
        ...edit,
        actualStart: "2024-02-29",
        actualFinish: "2024-02-29",
      }),
    ).toMatchObject({ actualFinish: "2024-02-29" });
    expect(
      scheduleStepEditSchema.parse({ plannedStart: "2024-01-01", plannedFinish: "2024-01-01" }),
    ).toMatchObject({ actualStart: null });
  });

  it("refuses invalid dates", () => {
    expect(
      errors(
        scheduleStepEditSchema.safeParse({
          ...edit,
          plannedStart: "2023-02-29",
          actualStart: "tomorrow",
        }),
      ),
    ).toEqual([
      ["plannedStart", "validation.dateInvalid"],
      ["actualStart", "validation.dateInvalid"],
    ]);
    expect(errors(scheduleStepEditSchema.safeParse({ ...edit, plannedFinish: "" }))).toEqual([
      ["plannedFinish", "required"],
    ]);
  });

  it("needs finish on or after start, and an actual start before an actual finish", () => {
    expect(
      errors(scheduleStepEditSchema.safeParse({ ...edit, plannedFinish: "2024-02-27" })),
    ).toEqual([["plannedFinish", "validation.finishBeforeStart"]]);
    expect(
      errors(
        scheduleStepEditSchema.safeParse({
          ...edit,
          actualStart: "2024-03-02",
          actualFinish: "2024-03-01",
        }),
      ),
    ).toEqual([["actualFinish", "validation.finishBeforeStart"]]);
    expect(
      errors(scheduleStepEditSchema.safeParse({ ...edit, actualFinish: "2024-03-01" })),
    ).toEqual([["actualStart", "validation.actualStartRequired"]]);
  });
});
