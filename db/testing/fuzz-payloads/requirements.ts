import { REQUIREMENT_ROW, SECTIONS } from "../fuzz-world";
import { account, type Entries } from "./shared";

/** app/(app)/accounts/[id]/requirements/actions.ts */
export const requirementsPayloads: Entries = {
  saveRequirementDocAction: {
    as: "owner",
    base: (w) => ({
      ...account(w),
      versionId: w.requirementDoc.id,
      version: w.requirementDoc.version,
      baseNumber: w.requirementDoc.number,
      sections: SECTIONS,
      requirements: [{ ...REQUIREMENT_ROW, sourceStakeholderId: w.stakeholder.id }],
    }),
  },
  submitRequirementDocAction: {
    as: "owner",
    base: (w) => ({
      ...account(w),
      versionId: w.requirementDoc.id,
      version: w.requirementDoc.version,
      baseNumber: w.requirementDoc.number,
      sections: SECTIONS,
      requirements: [REQUIREMENT_ROW],
    }),
  },
  decideRequirementDocAction: {
    as: "director",
    base: (w) => ({
      ...account(w),
      versionId: w.requirementDoc.id,
      version: w.requirementDoc.version,
      decision: "returned",
      comment: "补充验收标准",
    }),
  },
};
