import type { Entries } from "./shared";

const scorecard = {
  name: "评估",
  criteria: [{ key: "fit", label: "匹配度", weight: 1, scaleMin: 1, scaleMax: 5 }],
  thresholds: { go: 70, hold: 40 },
};
const scheduleTemplate = {
  name: "模板",
  industry: "",
  targetDaysToOrder: 90,
  steps: [{ key: "visit", label: "拜访", durationDays: 10 }],
};

/** app/(app)/templates/{schedules,scorecards}/actions.ts */
export const templatesPayloads: Entries = {
  createScheduleTemplateAction: { as: "director", base: () => ({ ...scheduleTemplate }) },
  updateScheduleTemplateAction: {
    as: "director",
    base: (w) => ({ ...scheduleTemplate, id: w.scheduleTemplate.id, version: 1 }),
  },
  setScheduleTemplateActiveAction: {
    as: "director",
    base: (w) => ({ id: w.scheduleTemplate.id, version: 1, active: true }),
  },
  makeDefaultScheduleTemplateAction: {
    as: "director",
    base: (w) => ({ id: w.scheduleTemplate.id, version: 1 }),
  },
  createScorecardTemplateAction: { as: "director", base: () => ({ ...scorecard }) },
  updateScorecardTemplateAction: {
    as: "director",
    base: (w) => ({ ...scorecard, id: w.scorecardTemplate.id, version: 1 }),
  },
  setScorecardTemplateActiveAction: {
    as: "director",
    base: (w) => ({ id: w.scorecardTemplate.id, version: 1, active: true }),
  },
  makeDefaultScorecardTemplateAction: {
    as: "director",
    base: (w) => ({ id: w.scorecardTemplate.id, version: 1 }),
  },
};
