/**
 * The rows the exports and printed reports read (db/queries/exports.ts), as plain
 * values: enums as their stored names, times already as local text
 * ("YYYY-MM-DD HH:MM" in PCRM_TIME_ZONE), amounts as decimal text.
 */

export type AccountExportRow = {
  code: string;
  name: string;
  grade: string;
  type: string;
  status: string;
  stage: string;
  stageEnteredAt: string;
  daysInStage: number;
  overdue: boolean;
  ownerName: string | null;
  industryEn: string | null;
  industryZh: string | null;
  sourceEn: string | null;
  sourceZh: string | null;
  areaEn: string | null;
  areaZh: string | null;
  countryRegion: string;
  province: string;
  city: string;
  postalCode: string;
  address: string;
  phone: string;
  fax: string;
  email: string;
  homepage: string;
  annualRevenue: string | null;
  employeeCount: number | null;
  createdAt: string;
  archivedAt: string | null;
};

export type ContactExportRow = {
  accountCode: string;
  accountName: string;
  name: string;
  salutation: string;
  isPrimary: boolean;
  department: string;
  title: string;
  decisionRole: string;
  influence: number;
  attitude: string;
  mobile: string;
  officePhone: string;
  homePhone: string;
  fax: string;
  email: string;
  countryRegion: string;
  province: string;
  city: string;
  postalCode: string;
  address: string;
  hobbies: string;
  specialDates: string;
};

export type ActivityExportRow = {
  accountCode: string;
  accountName: string;
  type: string;
  occurredAt: string;
  loggedAt: string;
  filingDelayMinutes: number;
  subject: string;
  content: string;
  outcome: string;
  nextFollowUp: string | null;
  loggedByName: string | null;
  contacts: string;
  participants: string;
};

export type ServiceRequestExportRow = {
  accountCode: string;
  accountName: string;
  subject: string;
  receivedAt: string;
  type: string;
  priority: string;
  status: string;
  channel: string;
  product: string;
  contactName: string | null;
  ownerName: string | null;
  firstResponseDueAt: string;
  firstRespondedAt: string | null;
  resolutionDueAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  overdue: boolean;
  description: string;
  resolution: string;
};

/** One order with its kept totals; money in minor units of `currency`. */
export type OrderExportRow = {
  accountCode: string;
  accountName: string;
  number: string;
  orderDate: string;
  status: string;
  currency: string;
  lineCount: number;
  totalMinor: number;
  costMinor: number | null;
  costedAmountMinor: number;
  contactName: string | null;
  createdByName: string | null;
  confirmedAt: string | null;
  deliveredAt: string | null;
  cancelledAt: string | null;
  notes: string;
};

/** One order line with its order's number, date, status and currency. */
export type OrderLineExportRow = Pick<
  OrderExportRow,
  "accountCode" | "accountName" | "number" | "orderDate" | "status" | "currency"
> & {
  position: number;
  productCode: string;
  productName: string;
  unit: string;
  unitPriceMinor: number;
  quantity: number;
  discountBp: number;
  amountMinor: number;
  costMinor: number | null;
};
