import type { LadderStep } from "./escalation";
import type { SlaBudget } from "./sla";
import { SERVICE_PRIORITIES, SERVICE_TYPES, type ServicePriority, type ServiceType } from "./types";

/** Working hours per priority; complaints are answered faster, suggestions slower. */
const BY_PRIORITY: Record<ServicePriority, SlaBudget> = {
  urgent: { firstResponseHours: 1, resolutionHours: 8 },
  high: { firstResponseHours: 2, resolutionHours: 16 },
  normal: { firstResponseHours: 4, resolutionHours: 27 },
  low: { firstResponseHours: 9, resolutionHours: 45 },
};
const FACTOR: Record<ServiceType, number> = {
  complaint: 0.5,
  repair: 1,
  enquiry: 1,
  suggestion: 2,
};

/** The built-in SLA policy, one budget per type × priority (seeded; admins and directors edit). */
export const DEFAULT_SLA_POLICY = SERVICE_TYPES.flatMap((type) =>
  SERVICE_PRIORITIES.map((priority) => {
    const base = BY_PRIORITY[priority];
    return {
      type,
      priority,
      firstResponseHours: Math.max(1, Math.round(base.firstResponseHours * FACTOR[type])),
      resolutionHours: Math.max(1, Math.round(base.resolutionHours * FACTOR[type])),
    };
  }),
);

/**
 * The built-in ladder: a request not answered in time goes to the sales director;
 * on the resolution clock the owner is warned at half the budget, the sales
 * director told at breach and an executive a working day later.
 */
export const DEFAULT_LADDER: Omit<LadderStep, "id">[] = [
  { clock: "first_response", thresholdPercent: 100, extraHours: 0, target: "director" },
  { clock: "resolution", thresholdPercent: 50, extraHours: 0, target: "owner" },
  { clock: "resolution", thresholdPercent: 100, extraHours: 0, target: "director" },
  { clock: "resolution", thresholdPercent: 100, extraHours: 8, target: "executive" },
];
