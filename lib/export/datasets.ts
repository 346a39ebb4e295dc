import type { Locale } from "@/lib/i18n/config";
import type { ExportValue } from "./cells";
import { minorToDecimal } from "@/lib/cost/money";
import { marginMinor } from "@/lib/orders/amounts";
import type {
  AccountExportRow,
  ActivityExportRow,
  ContactExportRow,
  OrderExportRow,
  OrderLineExportRow,
  ServiceRequestExportRow,
} from "./rows";

/**
 * The columns of each export: header (a message key, so headers follow the user's
 * language and reuse the forms' wording) and value. Enum values come out as their
 * labels, reference data in the user's language.
 */

/** A translator over every namespace (`accounts.field.name`, …). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
export type ExportContext = { t: Translate; locale: Locale };

type Column<R> = { header: string; value: (row: R, c: ExportContext) => ExportValue };

export type Dataset<R> = { name: string; columns: Column<R>[] };

export const EXPORT_DATASETS = [
  "accounts",
  "contacts",
  "activities",
  "service",
  "orders",
  "orderLines",
] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];

const text = (value: string | null | undefined): ExportValue => value ?? "";
const named = (c: ExportContext, en: string | null, zh: string | null): ExportValue =>
  (c.locale === "en" ? en || zh : zh || en) ?? "";

const accountColumns: Column<AccountExportRow>[] = [
  { header: "accounts.code.label", value: (r) => r.code },
  { header: "accounts.field.name", value: (r) => r.name },
  { header: "accounts.field.grade", value: (r, c) => c.t(`accounts.grade.${r.grade}`) },
  { header: "accounts.field.type", value: (r, c) => c.t(`accounts.type.${r.type}`) },
  { header: "accounts.field.status", value: (r, c) => c.t(`accounts.status.${r.status}`) },
  { header: "accounts.list.column.stage", value: (r, c) => c.t(`stages.stage.${r.stage}`) },
  { header: "exports.column.stageEnteredAt", value: (r) => r.stageEnteredAt },
  { header: "exports.column.daysInStage", value: (r) => r.daysInStage },
  { header: "accounts.list.overdue", value: (r, c) => (r.overdue ? c.t("exports.yes") : "") },
  { header: "accounts.field.ownerId", value: (r) => text(r.ownerName) },
  { header: "accounts.field.industryId", value: (r, c) => named(c, r.industryEn, r.industryZh) },
  { header: "accounts.field.sourceId", value: (r, c) => named(c, r.sourceEn, r.sourceZh) },
  { header: "accounts.field.areaId", value: (r, c) => named(c, r.areaEn, r.areaZh) },
  { header: "accounts.field.countryRegion", value: (r) => r.countryRegion },
  { header: "accounts.field.province", value: (r) => r.province },
  { header: "accounts.field.city", value: (r) => r.city },
  { header: "accounts.field.postalCode", value: (r) => r.postalCode },
  { header: "accounts.field.address", value: (r) => r.address },
  { header: "accounts.field.phone", value: (r) => r.phone },
  { header: "accounts.field.fax", value: (r) => r.fax },
  { header: "accounts.field.email", value: (r) => r.email },
  { header: "accounts.field.homepage", value: (r) => r.homepage },
  {
    header: "accounts.field.annualRevenue",
    value: (r) => (r.annualRevenue === null ? null : Number(r.annualRevenue)),
  },
  { header: "accounts.field.employeeCount", value: (r) => r.employeeCount },
  { header: "exports.column.createdAt", value: (r) => r.createdAt },
  { header: "exports.column.archivedAt", value: (r) => text(r.archivedAt) },
];

const field = (name: string) => `account.stakeholders.field.${name}`;
const contactColumns: Column<ContactExportRow>[] = [
  { header: "exports.column.accountCode", value: (r) => r.accountCode },
  { header: "exports.column.accountName", value: (r) => r.accountName },
  { header: field("name"), value: (r) => r.name },
  { header: field("salutation"), value: (r) => r.salutation },
  {
    header: field("isPrimary"),
    value: (r, c) => c.t(r.isPrimary ? "exports.yes" : "exports.no"),
  },
  { header: field("department"), value: (r) => r.department },
  { header: field("title"), value: (r) => r.title },
  {
    header: field("decisionRole"),
    value: (r, c) => c.t(`account.stakeholders.role.${r.decisionRole}`),
  },
  { header: field("influence"), value: (r) => r.influence },
  {
    header: field("attitude"),
    value: (r, c) => c.t(`account.stakeholders.attitude.${r.attitude}`),
  },
  { header: field("mobile"), value: (r) => r.mobile },
  { header: field("officePhone"), value: (r) => r.officePhone },
  { header: field("homePhone"), value: (r) => r.homePhone },
  { header: field("fax"), value: (r) => r.fax },
  { header: field("email"), value: (r) => r.email },
  { header: field("countryRegion"), value: (r) => r.countryRegion },
  { header: field("province"), value: (r) => r.province },
  { header: field("city"), value: (r) => r.city },
  { header: field("postalCode"), value: (r) => r.postalCode },
  { header: field("address"), value: (r) => r.address },
  { header: field("hobbies"), value: (r) => r.hobbies },
  { header: field("specialDates"), value: (r) => r.specialDates },
];

const activityField = (name: string) => `account.activities.field.${name}`;
const activityColumns: Column<ActivityExportRow>[] = [
  { header: "exports.column.accountCode", value: (r) => r.accountCode },
  { header: "exports.column.accountName", value: (r) => r.accountName },
  { header: activityField("type"), value: (r, c) => c.t(`account.activities.type.${r.type}`) },
  { header: activityField("occurredAt"), value: (r) => r.occurredAt },
  { header: "exports.column.loggedAt", value: (r) => r.loggedAt },
  {
    header: "exports.column.filingDelayHours",
    value: (r) => Math.round(r.filingDelayMinutes / 6) / 10,
  },
  { header: activityField("subject"), value: (r) => r.subject },
  { header: activityField("content"), value: (r) => r.content },
  { header: activityField("outcome"), value: (r) => r.outcome },
  { header: activityField("nextFollowUp"), value: (r) => text(r.nextFollowUp) },
  { header: "exports.column.loggedBy", value: (r) => text(r.loggedByName) },
  { header: activityField("contactIds"), value: (r) => r.contacts },
  { header: activityField("participantIds"), value: (r) => r.participants },
];

const service = (name: string) => `service.field.${name}`;
const serviceColumns: Column<ServiceRequestExportRow>[] = [
  { header: "exports.column.accountCode", value: (r) => r.accountCode },
  { header: "exports.column.accountName", value: (r) => r.accountName },
  { header: service("subject"), value: (r) => r.subject },
  { header: service("receivedAt"), value: (r) => r.receivedAt },
  { header: service("type"), value: (r, c) => c.t(`service.type.${r.type}`) },
  { header: service("priority"), value: (r, c) => c.t(`service.priority.${r.priority}`) },
  { header: service("status"), value: (r, c) => c.t(`service.status.${r.status}`) },
  { header: service("channel"), value: (r, c) => c.t(`service.channel.${r.channel}`) },
  { header: service("product"), value: (r) => r.product },
  { header: service("contactId"), value: (r) => text(r.contactName) },
  { header: service("owner"), value: (r) => text(r.ownerName) },
  { header: "exports.column.firstResponseDue", value: (r) => r.firstResponseDueAt },
  { header: "exports.column.firstRespondedAt", value: (r) => text(r.firstRespondedAt) },
  { header: "service.col.due", value: (r) => text(r.resolutionDueAt) },
  { header: "exports.column.resolvedAt", value: (r) => text(r.resolvedAt) },
  { header: "exports.column.closedAt", value: (r) => text(r.closedAt) },
  { header: "service.overdue", value: (r, c) => (r.overdue ? c.t("exports.yes") : "") },
  { header: service("description"), value: (r) => r.description },
  { header: service("resolution"), value: (r) => r.resolution },
];

/** Money as a number in the order's currency (minor units are exact integers). */
const money = (minor: number | null, currency: string): ExportValue =>
  minor === null ? null : Number(minorToDecimal(minor, currency));
const order = (name: string) => `orders.field.${name}`;
type OrderHead = Pick<
  OrderExportRow,
  "accountCode" | "accountName" | "number" | "orderDate" | "status" | "currency"
>;
const orderHead: Column<OrderHead>[] = [
  { header: "exports.column.accountCode", value: (r) => r.accountCode },
  { header: "exports.column.accountName", value: (r) => r.accountName },
  { header: order("number"), value: (r) => r.number },
  { header: order("orderDate"), value: (r) => r.orderDate },
  { header: "orders.col.status", value: (r, c) => c.t(`orders.status.${r.status}`) },
  { header: order("currency"), value: (r) => r.currency },
];
const orderColumns: Column<OrderExportRow>[] = [
  ...orderHead,
  { header: "orders.col.lines", value: (r) => r.lineCount },
  { header: order("total"), value: (r) => money(r.totalMinor, r.currency) },
  { header: order("cost"), value: (r) => money(r.costMinor, r.currency) },
  { header: order("margin"), value: (r) => money(marginMinor(r), r.currency) },
  { header: order("contactId"), value: (r) => text(r.contactName) },
  { header: order("createdBy"), value: (r) => text(r.createdByName) },
  { header: "exports.column.confirmedAt", value: (r) => text(r.confirmedAt) },
  { header: "exports.column.deliveredAt", value: (r) => text(r.deliveredAt) },
  { header: "exports.column.cancelledAt", value: (r) => text(r.cancelledAt) },
  { header: order("notes"), value: (r) => r.notes },
];

const orderLineColumns: Column<OrderLineExportRow>[] = [
  ...orderHead,
  { header: "exports.column.linePosition", value: (r) => r.position },
  { header: "exports.column.productCode", value: (r) => r.productCode },
  { header: order("product"), value: (r) => r.productName },
  { header: "orders.products.field.unit", value: (r) => r.unit },
  { header: order("unitPrice"), value: (r) => money(r.unitPriceMinor, r.currency) },
  { header: order("quantity"), value: (r) => r.quantity },
  { header: order("discount"), value: (r) => r.discountBp / 100 },
  { header: order("amount"), value: (r) => money(r.amountMinor, r.currency) },
  { header: order("cost"), value: (r) => money(r.costMinor, r.currency) },
];

export const DATASETS = {
  accounts: { name: "exports.name.accounts", columns: accountColumns },
  contacts: { name: "exports.name.contacts", columns: contactColumns },
  activities: { name: "exports.name.activities", columns: activityColumns },
  service: { name: "exports.name.service", columns: serviceColumns },
  orders: { name: "exports.name.orders", columns: orderColumns },
  orderLines: { name: "exports.name.orderLines", columns: orderLineColumns },
} satisfies Record<ExportDataset, Dataset<never>>;

export const isExportDataset = (value: unknown): value is ExportDataset =>
  typeof value === "string" && (EXPORT_DATASETS as readonly string[]).includes(value);

/** The header row in the user's language. */
export const headerRow = <R>(dataset: Dataset<R>, c: ExportContext) =>
  dataset.columns.map((column) => c.t(column.header));

/** Batches of rows as batches of cells, in the dataset's column order. */
export async function* cellBatches<R>(
  dataset: Dataset<R>,
  c: ExportContext,
  batches: AsyncIterable<R[]>,
): AsyncGenerator<ExportValue[][]> {
  // Labels (grade, stage, role…) repeat on every row: each is formatted once.
  const labels = new Map<string, string>();
  const t: Translate = (key, values) => {
    if (values) return c.t(key, values);
    let label = labels.get(key);
    if (label === undefined) labels.set(key, (label = c.t(key)));
    return label;
  };
  const context = { ...c, t };
  for await (const batch of batches) {
    yield batch.map((row) => dataset.columns.map((column) => column.value(row, context)));
  }
}
