import { account, type Entries } from "./shared";

const costLine = {
  currency: "CNY",
  kind: "direct",
  category: "staff",
  description: "技术支持",
  planned: "",
  actual: "300",
  hours: "7.5",
  rate: "200",
  date: "2024-03-05",
  note: "",
};

/** app/(app)/accounts/[id]/cost/actions.ts */
export const costPayloads: Entries = {
  saveCostPlanHeaderAction: {
    as: "owner",
    base: (w) => ({ ...account(w), version: w.costPlan.version, currency: "CNY", budget: "50000" }),
  },
  createCostLineAction: { as: "owner", base: (w) => ({ ...account(w), ...costLine }) },
  updateCostLineAction: {
    as: "owner",
    base: (w) => ({ ...account(w), ...costLine, id: w.costLine.id, version: w.costLine.version }),
  },
  deleteCostLineAction: {
    as: "owner",
    base: (w) => ({ ...account(w), id: w.costLine.id, version: w.costLine.version }),
  },
  submitCostPlanAction: {
    as: "owner",
    base: (w) => ({ ...account(w), version: w.costPlan.version }),
  },
  reviewCostPlanAction: {
    as: "director",
    base: (w) => ({
      ...account(w),
      version: w.costPlan.version,
      decision: "returned",
      comment: "超预算",
    }),
  },
};
