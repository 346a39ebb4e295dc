import type { Entries } from "./shared";

/** app/(app)/relationship-report/actions.ts */
export const reportsPayloads: Entries = {
  saveRelationshipReportAction: {
    as: "director",
    base: () => ({
      quarter: "2026-Q3",
      version: 0,
      finalize: false,
      fields: { comments: "A steady quarter; two A accounts at risk." },
    }),
  },
};
