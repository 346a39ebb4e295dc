/** Message namespace of everything in this folder (`messages/requirements/*.json`). */
export const REQUIREMENTS_NAMESPACE = "requirements";

export const REQUIREMENT_SECTIONS = [
  "objectives",
  "scopeStatement",
  "customerDescription",
  "customerCharacteristics",
  "assumptions",
  "constraints",
  "relatedProjects",
] as const;
export type RequirementSection = (typeof REQUIREMENT_SECTIONS)[number];

export const REQUIREMENT_KINDS = ["functional", "technical"] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

export const REQUIREMENT_PRIORITIES = ["must", "should", "could", "wont"] as const;
export type RequirementPriority = (typeof REQUIREMENT_PRIORITIES)[number];

export const REQUIREMENT_STATUSES = ["proposed", "accepted", "rejected", "done"] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

export const REQUIREMENT_DOC_STATUSES = ["draft", "submitted", "approved", "frozen"] as const;
export type RequirementDocStatus = (typeof REQUIREMENT_DOC_STATUSES)[number];

export interface RequirementRow {
  /** Stable across versions of the document; rows are matched by it. */
  id: string;
  kind: RequirementKind;
  title: string;
  priority: RequirementPriority;
  acceptanceCriteria: string;
  sourceStakeholderId: string | null;
  status: RequirementStatus;
}

export const REQUIREMENT_ROW_FIELDS = [
  "kind",
  "title",
  "priority",
  "acceptanceCriteria",
  "sourceStakeholderId",
  "status",
] as const satisfies readonly (keyof RequirementRow)[];
export type RequirementRowField = (typeof REQUIREMENT_ROW_FIELDS)[number];

export type RequirementSections = Record<RequirementSection, string>;

/** The content of one version of a requirements document. */
export interface RequirementDocContent {
  sections: RequirementSections;
  requirements: readonly RequirementRow[];
}

export const ROW_CHANGES = ["added", "removed", "changed", "unchanged"] as const;
export type RowChange = (typeof ROW_CHANGES)[number];

/* Message keys, relative to the `requirements` namespace. */
const keys = <T extends string>(prefix: string, values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, `${prefix}.${v}`])) as Readonly<Record<T, string>>;

export const SECTION_LABEL_KEYS = keys("sections", REQUIREMENT_SECTIONS);
export const SECTION_HINT_KEYS = keys("sectionHints", REQUIREMENT_SECTIONS);
export const KIND_LABEL_KEYS = keys("kinds", REQUIREMENT_KINDS);
export const PRIORITY_LABEL_KEYS = keys("priorities", REQUIREMENT_PRIORITIES);
export const STATUS_LABEL_KEYS = keys("rowStatuses", REQUIREMENT_STATUSES);
export const DOC_STATUS_LABEL_KEYS = keys("versionStatuses", REQUIREMENT_DOC_STATUSES);
export const ROW_FIELD_LABEL_KEYS = keys("fields", REQUIREMENT_ROW_FIELDS);
export const ROW_CHANGE_LABEL_KEYS = keys("diff", ROW_CHANGES);
