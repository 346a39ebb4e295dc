import type { FuzzWorld } from "../fuzz-world";
import { account, type Entries } from "./shared";

const step = (w: FuzzWorld) => ({ ...account(w), id: w.step.id, version: w.step.version });

/** app/(app)/accounts/[id]/schedule/{actions,step-actions}.ts */
export const schedulePayloads: Entries = {
  generateScheduleAction: {
    as: "owner",
    base: (w) => ({ ...account(w), templateId: "", startDate: "2024-04-01", version: 1 }),
  },
  updateStepAction: {
    as: "owner",
    base: (w) => ({
      ...step(w),
      plannedStart: "2024-03-01",
      plannedFinish: "2024-03-20",
      actualStart: "2024-03-02",
      actualFinish: "",
      reflow: true,
    }),
  },
  saveBaselineAction: { as: "owner", base: (w) => ({ ...account(w), name: "基线" }) },
  addStepAction: {
    as: "owner",
    base: (w) => ({ ...account(w), after: w.step.id, label: "验厂", durationDays: 3 }),
  },
  removeStepAction: { as: "owner", base: step },
};
