/**
 * What a column can be imported into: the customer form's fields (seed 002's
 * customer data dictionary) and one contact per row (its contact list). The customer
 * code in a file only finds duplicates; new customers get generated codes.
 */
export const ACCOUNT_TARGETS = [
  "code",
  "name",
  "countryRegion",
  "province",
  "city",
  "postalCode",
  "address",
  "phone",
  "fax",
  "email",
  "homepage",
  "annualRevenue",
  "employeeCount",
  "industry",
  "source",
  "area",
  "type",
  "status",
  "grade",
] as const;

export const CONTACT_TARGETS = [
  "contact.name",
  "contact.salutation",
  "contact.department",
  "contact.title",
  "contact.mobile",
  "contact.officePhone",
  "contact.homePhone",
  "contact.fax",
  "contact.email",
  "contact.hobbies",
] as const;

export const IMPORT_TARGETS = [...ACCOUNT_TARGETS, ...CONTACT_TARGETS] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** Columns a mapping must have before a dry run. */
export const REQUIRED_TARGETS: readonly ImportTarget[] = ["name", "area"];

/** A mapping: for each column of the file (by position), the field it goes to, or null. */
export type ColumnMapping = (ImportTarget | null)[];

/** Required fields no column is mapped to. */
export const missingTargets = (mapping: ColumnMapping) =>
  REQUIRED_TARGETS.filter((t) => !mapping.includes(t));

/** Fields more than one column is mapped to. */
export function repeatedTargets(mapping: ColumnMapping): ImportTarget[] {
  const seen = new Set<ImportTarget>();
  const twice = new Set<ImportTarget>();
  for (const t of mapping) if (t) (seen.has(t) ? twice : seen).add(t);
  return [...twice];
}

/** A field's database column name (`postalCode` → `postal_code`), for the values an update kept. */
export const columnName = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
