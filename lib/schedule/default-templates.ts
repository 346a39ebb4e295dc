import { daysBetween, type IsoDate } from "@/lib/dates";
import type { ScheduleStep } from "./variance";

/** Message namespace of everything in this folder (`messages/schedule/*.json`). */
export const SCHEDULE_NAMESPACE = "schedule";

/** The sequence of seed 002 (新客户开发 → … → 售后服务). */
export const DEFAULT_STEP_KEYS = [
  "customerDevelopment",
  "evaluation",
  "requirementsSurvey",
  "requirementsConfirmation",
  "samples",
  "orderConfirmation",
  "production",
  "shipping",
  "afterSalesService",
] as const;
export type DefaultStepKey = (typeof DEFAULT_STEP_KEYS)[number];

/** The step whose finish marks the order; first contact is the start of the first step. */
export const ORDER_STEP_KEY: DefaultStepKey = "orderConfirmation";

export type DefaultTemplateStep = { key: DefaultStepKey; durationDays: number; labelKey: string };

export type DefaultScheduleTemplate = {
  key: string;
  nameKey: string;
  /** Industry reference-data code the template is meant for; null = any industry. */
  industry: string | null;
  steps: readonly DefaultTemplateStep[];
  /** First contact → order confirmation; beyond it the customer is not a key account. */
  targetDaysToOrder: number;
};

function steps(durations: Record<DefaultStepKey, number>): DefaultTemplateStep[] {
  return DEFAULT_STEP_KEYS.map((key) => ({
    key,
    durationDays: durations[key],
    labelKey: `step.${key}`,
  }));
}

/** Order confirmation is a milestone (0 days): the order is confirmed on one day. */
export const DEFAULT_SCHEDULE_TEMPLATE: DefaultScheduleTemplate = {
  key: "standard",
  nameKey: "template.standard",
  industry: null,
  steps: steps({
    customerDevelopment: 30,
    evaluation: 10,
    requirementsSurvey: 14,
    requirementsConfirmation: 7,
    samples: 30,
    orderConfirmation: 0,
    production: 30,
    shipping: 7,
    afterSalesService: 90,
  }),
  targetDaysToOrder: 120,
};

/** Seed 002: in coatings, about 3 months from first contact to a confirmed order. */
export const COATINGS_SCHEDULE_TEMPLATE: DefaultScheduleTemplate = {
  key: "coatings",
  nameKey: "template.coatings",
  industry: "coatings",
  steps: steps({
    customerDevelopment: 14,
    evaluation: 7,
    requirementsSurvey: 10,
    requirementsConfirmation: 5,
    samples: 35,
    orderConfirmation: 0,
    production: 21,
    shipping: 5,
    afterSalesService: 90,
  }),
  targetDaysToOrder: 90,
};

export const DEFAULT_SCHEDULE_TEMPLATES = [
  DEFAULT_SCHEDULE_TEMPLATE,
  COATINGS_SCHEDULE_TEMPLATE,
] as const;

/** A default template as editable template data (see `scheduleTemplateSchema`), in one language. */
export function materialiseScheduleTemplate(
  template: DefaultScheduleTemplate,
  translate: (key: string) => string,
) {
  return {
    name: translate(template.nameKey),
    industry: template.industry ?? undefined,
    steps: template.steps.map((s) => ({
      key: s.key,
      label: translate(s.labelKey),
      durationDays: s.durationDays,
    })),
    targetDaysToOrder: template.targetDaysToOrder,
  };
}

type DatedStep = Pick<
  ScheduleStep,
  "key" | "plannedStart" | "plannedFinish" | "actualStart" | "actualFinish"
>;

function orderSpan(steps: readonly DatedStep[]) {
  const first = steps[0];
  const order = steps.find((s) => s.key === ORDER_STEP_KEY);
  return first && order ? { contact: first.actualStart ?? first.plannedStart, order } : null;
}

/** Days from first contact to order confirmation, actual dates first; null without an order step. */
export function daysToOrder(steps: readonly DatedStep[]): number | null {
  const span = orderSpan(steps);
  return span && daysBetween(span.contact, span.order.actualFinish ?? span.order.plannedFinish);
}

/**
 * Whether the account misses the key-account target. With `today`, an order not
 * yet confirmed also counts once today is already past the target.
 */
export function exceedsKeyAccountTarget(
  steps: readonly DatedStep[],
  targetDaysToOrder: number | null | undefined,
  today?: IsoDate,
): boolean {
  const span = orderSpan(steps);
  if (targetDaysToOrder == null || !span) return false;
  const days = daysBetween(span.contact, span.order.actualFinish ?? span.order.plannedFinish);
  if (days > targetDaysToOrder) return true;
  const stillOpen = today !== undefined && span.order.actualFinish === null;
  return stillOpen && daysBetween(span.contact, today) > targetDaysToOrder;
}
