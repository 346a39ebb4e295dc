import { STAKEHOLDER } from "../fuzz-world";
import { account, type Entries } from "./shared";

const ACTIVITY = {
  type: "reception",
  occurredAt: "2026-03-02T10:00",
  subject: "来访接待",
  content: "参观工厂",
  outcome: "同意试样",
  nextFollowUp: "2026-03-09",
  contactIds: [] as string[],
  participantIds: [] as string[],
};

/** app/(app)/accounts/[id]/{stakeholder,activity}-actions.ts */
export const contactsPayloads: Entries = {
  createStakeholderAction: {
    as: "owner",
    base: (w) => ({ ...account(w), fields: STAKEHOLDER }),
  },
  updateStakeholderAction: {
    as: "owner",
    base: (w) => ({
      id: w.stakeholder.id,
      version: w.stakeholder.version,
      fields: STAKEHOLDER,
    }),
  },
  deleteStakeholderAction: {
    as: "owner",
    base: (w) => ({ id: w.stakeholder.id, version: w.stakeholder.version }),
  },
  createActivityAction: {
    as: "owner",
    base: (w) => ({ ...account(w), fields: { ...ACTIVITY, contactIds: [w.stakeholder.id] } }),
  },
  updateActivityAction: {
    as: "owner",
    base: (w) => ({ id: w.activity.id, version: w.activity.version, fields: ACTIVITY }),
  },
};
