import { describe, expect, it } from "vitest";
import { planFromTemplate } from "./compute";
import {
  COATINGS_SCHEDULE_TEMPLATE,
  DEFAULT_SCHEDULE_TEMPLATE,
  DEFAULT_SCHEDULE_TEMPLATES,
  daysToOrder,
  exceedsKeyAccountTarget,
  materialiseScheduleTemplate,
} from "./default-templates";
import { scheduleTemplateSchema } from "@/lib/validations/schedule";

const unstarted = (template = COATINGS_SCHEDULE_TEMPLATE, start = "2024-01-01") =>
  planFromTemplate(start, template.steps).map((s) => ({
    ...s,
    actualStart: null as string | null,
    actualFinish: null as string | null,
  }));

describe("default schedule templates", () => {
  it("follow the seed's sequence from development to after-sales service", () => {
    expect(DEFAULT_SCHEDULE_TEMPLATE.steps.map((s) => s.labelKey)).toEqual([
      "step.customerDevelopment",
      "step.evaluation",
      "step.requirementsSurvey",
      "step.requirementsConfirmation",
      "step.samples",
      "step.orderConfirmation",
      "step.production",
      "step.shipping",
      "step.afterSalesService",
    ]);
    expect(COATINGS_SCHEDULE_TEMPLATE.steps.map((s) => s.key)).toEqual(
      DEFAULT_SCHEDULE_TEMPLATE.steps.map((s) => s.key),
    );
  });

  it("give coatings a 90-day target, and both plans reach the order within their target", () => {
    expect(COATINGS_SCHEDULE_TEMPLATE).toMatchObject({
      industry: "coatings",
      targetDaysToOrder: 90,
    });
    for (const template of DEFAULT_SCHEDULE_TEMPLATES) {
      const days = daysToOrder(unstarted(template));
      expect(days).toBeGreaterThan(30);
      expect(days).toBeLessThanOrEqual(template.targetDaysToOrder);
    }
  });

  it("materialise into valid editable templates", () => {
    for (const template of DEFAULT_SCHEDULE_TEMPLATES) {
      const data = materialiseScheduleTemplate(template, (key) => `«${key}»`);
      expect(data.steps[0]?.label).toBe("«step.customerDevelopment»");
      expect(scheduleTemplateSchema.safeParse(data).success).toBe(true);
    }
  });
});

describe("key-account target", () => {
  it("measures from the first step's start to order confirmation's finish", () => {
    const steps = unstarted();
    const order = steps.find((s) => s.key === "orderConfirmation")!;
    expect(daysToOrder(steps)).toBe(71);
    expect(order.plannedFinish).toBe("2024-03-12");
    expect(exceedsKeyAccountTarget(steps, 90)).toBe(false);
    expect(exceedsKeyAccountTarget(steps, 70)).toBe(true);
  });

  it("prefers actual dates over planned ones", () => {
    const steps = unstarted();
    steps[0]!.actualStart = "2023-12-01";
    expect(daysToOrder(steps)).toBe(102);
    expect(exceedsKeyAccountTarget(steps, 90)).toBe(true);
    const order = steps.find((s) => s.key === "orderConfirmation")!;
    order.actualStart = "2024-02-25";
    order.actualFinish = "2024-02-25";
    expect(daysToOrder(steps)).toBe(86);
    expect(exceedsKeyAccountTarget(steps, 90)).toBe(false);
  });

  it("counts an order still open after the target has passed", () => {
    const steps = unstarted();
    steps[0]!.actualStart = "2024-01-01";
    expect(exceedsKeyAccountTarget(steps, 90, "2024-03-31")).toBe(false);
    expect(exceedsKeyAccountTarget(steps, 90, "2024-04-01")).toBe(true);
    const order = steps.find((s) => s.key === "orderConfirmation")!;
    order.actualFinish = "2024-03-20";
    expect(exceedsKeyAccountTarget(steps, 90, "2024-06-01")).toBe(false);
  });

  it("does not judge without a target or an order step", () => {
    expect(exceedsKeyAccountTarget(unstarted(), null, "2030-01-01")).toBe(false);
    const noOrder = unstarted().filter((s) => s.key !== "orderConfirmation");
    expect(daysToOrder(noOrder)).toBeNull();
    expect(exceedsKeyAccountTarget(noOrder, 1, "2030-01-01")).toBe(false);
    expect(daysToOrder([])).toBeNull();
  });
});
