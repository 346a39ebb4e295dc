import type { Labels } from "@/lib/dashboards/tables";

/** Labels that spell out what they were asked, so a test sees which wording a cell uses. */
export const testLabels: Labels = {
  t: (key, values) => (values ? `${key} ${JSON.stringify(values)}` : key),
  stage: (stage) => `stage:${stage}`,
  churnType: (type) => `churn:${type}`,
  step: (key, label) => label || `step:${key}`,
  reference: ({ en, zh }) => en ?? zh,
};
