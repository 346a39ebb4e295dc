/** The account page's tabs; shared by the server page and the client tablist. */
export const ACCOUNT_TABS = [
  "stakeholders",
  "activities",
  "tasks",
  "service",
  "value",
  "orders",
  "history",
] as const;
export type AccountTab = (typeof ACCOUNT_TABS)[number];

export const tabId = (tab: AccountTab) => `account-tab-${tab}`;
export const panelId = (tab: AccountTab) => `account-panel-${tab}`;

export const isAccountTab = (value: unknown): value is AccountTab =>
  typeof value === "string" && (ACCOUNT_TABS as readonly string[]).includes(value);
