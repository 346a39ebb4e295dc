import {
  REQUIREMENT_ROW_FIELDS,
  REQUIREMENT_SECTIONS,
  type RequirementDocContent,
  type RequirementRow,
  type RequirementRowField,
  type RequirementSection,
} from "./model";
import { diffText, type DiffSegment } from "./text-diff";

export { diffText, diffTokens, tokenize, type DiffOp, type DiffSegment } from "./text-diff";

export interface SectionDiff {
  section: RequirementSection;
  changed: boolean;
  segments: DiffSegment[];
}

export type RequirementRowDiff =
  | { change: "added"; id: string; after: RequirementRow }
  | { change: "removed"; id: string; before: RequirementRow }
  | {
      change: "changed";
      id: string;
      before: RequirementRow;
      after: RequirementRow;
      changedFields: RequirementRowField[];
    }
  | { change: "unchanged"; id: string; before: RequirementRow; after: RequirementRow };

export interface RequirementDocDiff {
  sections: SectionDiff[];
  requirements: RequirementRowDiff[];
  summary: {
    sectionsChanged: number;
    added: number;
    removed: number;
    changed: number;
    unchanged: number;
  };
}

export function diffSection(
  section: RequirementSection,
  before: string,
  after: string,
): SectionDiff {
  const segments = diffText(before, after);
  return { section, changed: segments.some((s) => s.op !== "equal"), segments };
}

export function changedRowFields(
  before: RequirementRow,
  after: RequirementRow,
): RequirementRowField[] {
  return REQUIREMENT_ROW_FIELDS.filter((field) => before[field] !== after[field]);
}

/**
 * Rows matched by id, in the newer version's order; a removed row is listed
 * just before the first surviving row that followed it in the older version.
 */
export function diffRequirementRows(
  before: readonly RequirementRow[],
  after: readonly RequirementRow[],
): RequirementRowDiff[] {
  const beforeIndex = new Map<string, number>();
  before.forEach((row, i) => {
    if (!beforeIndex.has(row.id)) beforeIndex.set(row.id, i);
  });
  const afterIds = new Set(after.map((row) => row.id));
  const result: RequirementRowDiff[] = [];
  const emitted = new Set<string>();
  let cursor = 0;
  const flushRemovedUpTo = (end: number) => {
    for (; cursor < end; cursor++) {
      const row = before[cursor]!;
      if (!afterIds.has(row.id) && !emitted.has(row.id)) {
        emitted.add(row.id);
        result.push({ change: "removed", id: row.id, before: row });
      }
    }
  };

  for (const row of after) {
    if (emitted.has(row.id)) continue;
    emitted.add(row.id);
    const index = beforeIndex.get(row.id);
    if (index === undefined) {
      result.push({ change: "added", id: row.id, after: row });
      continue;
    }
    flushRemovedUpTo(index);
    const old = before[index]!;
    const changedFields = changedRowFields(old, row);
    result.push(
      changedFields.length > 0
        ? { change: "changed", id: row.id, before: old, after: row, changedFields }
        : { change: "unchanged", id: row.id, before: old, after: row },
    );
  }
  flushRemovedUpTo(before.length);
  return result;
}

/** Compares two versions of a requirements document, older first. */
export function diffRequirementDocs(
  before: RequirementDocContent,
  after: RequirementDocContent,
): RequirementDocDiff {
  const sections = REQUIREMENT_SECTIONS.map((s) =>
    diffSection(s, before.sections[s] ?? "", after.sections[s] ?? ""),
  );
  const requirements = diffRequirementRows(before.requirements, after.requirements);
  const count = (change: RequirementRowDiff["change"]) =>
    requirements.filter((r) => r.change === change).length;
  return {
    sections,
    requirements,
    summary: {
      sectionsChanged: sections.filter((s) => s.changed).length,
      added: count("added"),
      removed: count("removed"),
      changed: count("changed"),
      unchanged: count("unchanged"),
    },
  };
}
