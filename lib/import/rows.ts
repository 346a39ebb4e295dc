import type { z } from "zod";
import { accountFieldsSchema } from "@/lib/validations/account";
import { stakeholderFieldsSchema } from "@/lib/validations/stakeholder";
import type { MatchFields } from "./duplicates";
import { CONTACT_TARGETS, type ColumnMapping, type ImportTarget } from "./fields";

export type RowValues = Partial<Record<ImportTarget, string>>;
export type RowErrors = Record<string, string[]>;
export type AccountInput = z.output<typeof accountFieldsSchema>;
export type ContactInput = z.output<typeof stakeholderFieldsSchema>;

/** Industries, sources and areas by their code and both names (lower case). */
export type ReferenceLookup = Record<"industry" | "source" | "area", Map<string, number>>;

/** The cells of one row as field → text, by the mapping. */
export function rowValues(cells: readonly string[], mapping: ColumnMapping): RowValues {
  const values: RowValues = {};
  mapping.forEach((target, i) => {
    if (target && cells[i]) values[target] = cells[i];
  });
  return values;
}

const norm = (s: string) => s.normalize("NFKC").trim().toLowerCase();

/** Words a spreadsheet uses for the choice lists (the app's labels in both languages and more). */
const CHOICES = {
  grade: {
    important: ["important", "i", "重要", "重要客户"],
    normal: ["normal", "n", "普通", "普通客户", "一般"],
    potential: ["potential", "p", "潜在", "潜在客户"],
  },
  type: {
    buyer: ["buyer", "customer", "客户", "采购商", "购买者", "买家"],
    competitor: ["competitor", "竞争对手", "对手"],
    partner: ["partner", "合作伙伴", "伙伴"],
    supplier: ["supplier", "供应商"],
  },
  status: {
    active: ["active", "有效", "活跃", "正常"],
    inactive: ["inactive", "无效", "沉寂", "流失", "停用"],
  },
} satisfies Record<string, Record<string, string[]>>;
type Choice = keyof typeof CHOICES;
const CHOICE_DEFAULTS = { grade: "normal", type: "buyer", status: "active" } as const;

function choice<C extends Choice>(field: C, text: string | undefined) {
  if (!text) return CHOICE_DEFAULTS[field];
  const key = norm(text);
  for (const [value, words] of Object.entries(CHOICES[field])) {
    if (words.includes(key)) return value;
  }
  return text; // not one of the list: the schema's enum refuses it beside the field
}

/** The field names the forms' schemas use, as the import's field names. */
const ACCOUNT_FIELD_TARGET: Record<string, ImportTarget> = {
  industryId: "industry",
  sourceId: "source",
  areaId: "area",
};

function addIssues(errors: RowErrors, issues: z.core.$ZodIssue[], prefix = "") {
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "_row");
    const key = prefix + (ACCOUNT_FIELD_TARGET[field] ?? field);
    (errors[key] ??= []).push(issue.message);
  }
}

function reference(
  errors: RowErrors,
  lookup: ReferenceLookup,
  kind: keyof ReferenceLookup,
  text: string | undefined,
) {
  if (!text) return null;
  const id = lookup[kind].get(norm(text));
  if (id === undefined) {
    errors[kind] = [kind === "area" ? "accounts.validation.unknownArea" : "unknownReference"];
    return 0; // a placeholder the schema accepts: the error is already recorded
  }
  return id;
}

export type CheckedRow =
  | { ok: true; account: AccountInput; contact: ContactInput | null }
  | { ok: false; errors: RowErrors };

/**
 * A row through the same zod schemas as the customer and stakeholder forms: choice
 * lists and reference data read from their names or codes first, then
 * `accountFieldsSchema` and, when any contact column has a value, `stakeholderFieldsSchema`
 * for a customer-side primary contact. Errors are keyed by the import's field names.
 */
export function checkRow(values: RowValues, lookup: ReferenceLookup): CheckedRow {
  const errors: RowErrors = {};
  const account = accountFieldsSchema.safeParse({
    name: values.name ?? "",
    countryRegion: values.countryRegion ?? "",
    province: values.province ?? "",
    city: values.city ?? "",
    postalCode: values.postalCode ?? "",
    address: values.address ?? "",
    phone: values.phone ?? "",
    fax: values.fax ?? "",
    email: values.email ?? "",
    homepage: values.homepage ?? "",
    annualRevenue: values.annualRevenue ?? null,
    employeeCount: values.employeeCount ?? null,
    industryId: reference(errors, lookup, "industry", values.industry),
    sourceId: reference(errors, lookup, "source", values.source),
    areaId: reference(errors, lookup, "area", values.area) ?? "",
    type: choice("type", values.type),
    status: choice("status", values.status),
    grade: choice("grade", values.grade),
  });
  if (!account.success) {
    // A name that is no reference item: its own error, not the schema's on the placeholder.
    const references = Object.entries(errors);
    addIssues(errors, account.error.issues);
    for (const [field, messages] of references) errors[field] = messages.slice(0, 1);
  }

  let contact: ContactInput | null = null;
  if (CONTACT_TARGETS.some((t) => values[t])) {
    const parsed = stakeholderFieldsSchema.safeParse({
      side: "customer",
      name: values["contact.name"] ?? "",
      salutation: values["contact.salutation"] ?? "",
      department: values["contact.department"] ?? "",
      title: values["contact.title"] ?? "",
      decisionRole: "user",
      influence: 3,
      attitude: "neutral",
      mobile: values["contact.mobile"] ?? "",
      officePhone: values["contact.officePhone"] ?? "",
      homePhone: values["contact.homePhone"] ?? "",
      fax: values["contact.fax"] ?? "",
      email: values["contact.email"] ?? "",
      countryRegion: "",
      province: "",
      city: "",
      postalCode: "",
      address: "",
      isPrimary: true,
      hobbies: values["contact.hobbies"] ?? "",
      specialDates: [],
    });
    if (parsed.success) contact = parsed.data;
    else addIssues(errors, parsed.error.issues, "contact.");
  }
  if (Object.keys(errors).length || !account.success) return { ok: false, errors };
  return { ok: true, account: account.data, contact };
}

/** The fields a row's duplicates are found by. */
export const matchFields = (values: RowValues): MatchFields => ({
  code: values.code ?? "",
  email: values.email ?? "",
  phone: values.phone ?? "",
  name: values.name ?? "",
});
