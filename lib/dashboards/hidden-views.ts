import { can, type Actor } from "@/lib/policy";

/**
 * The dashboard tabs (components/dashboards/dashboard-tabs.tsx) a user may not open,
 * by href: left out of the tab list instead of leading to a refusal page.
 */
export const hiddenDashboardViews = (actor: Actor): string[] =>
  can(actor, "relationshipReport.read") ? [] : ["/relationship-report"];
