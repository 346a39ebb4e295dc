import { describe, expect, it } from "vitest";
import { diffRequirementDocs, diffRequirementRows } from "./diff";
import type { RequirementDocContent, RequirementRow } from "./model";

const row = (id: string, overrides: Partial<RequirementRow> = {}): RequirementRow => ({
  id,
  kind: "functional",
  title: `Requirement ${id}`,
  priority: "must",
  acceptanceCriteria: "",
  sourceStakeholderId: null,
  status: "proposed",
  ...overrides,
});

const summarise = (diff: ReturnType<typeof diffRequirementRows>) =>
  diff.map((d) =>
    d.change === "changed"
      ? `${d.id}:changed(${d.changedFields.join(",")})`
      : `${d.id}:${d.change}`,
  );

describe("diffRequirementRows", () => {
  it("matches rows by id and classifies them", () => {
    const before = [row("a"), row("b"), row("c", { title: "防腐涂料耐盐雾 500 小时" })];
    const after = [
      row("a"),
      row("c", { title: "防腐涂料耐盐雾 1000 小时", priority: "should", status: "accepted" }),
      row("d", { kind: "technical" }),
    ];
    const diff = diffRequirementRows(before, after);
    expect(summarise(diff)).toEqual([
      "a:unchanged",
      "b:removed",
      "c:changed(title,priority,status)",
      "d:added",
    ]);
    expect(diff[1]).toMatchObject({ change: "removed", before: { id: "b" } });
    expect(diff[2]).toMatchObject({
      before: { title: "防腐涂料耐盐雾 500 小时" },
      after: { title: "防腐涂料耐盐雾 1000 小时" },
    });
  });

  it("detects a changed stakeholder, kind and acceptance criteria", () => {
    const diff = diffRequirementRows(
      [row("a", { sourceStakeholderId: "s1", acceptanceCriteria: "x" })],
      [row("a", { sourceStakeholderId: null, kind: "technical", acceptanceCriteria: "y" })],
    );
    expect(summarise(diff)).toEqual(["a:changed(kind,acceptanceCriteria,sourceStakeholderId)"]);
  });

  it("keeps the newer order and lists removed rows before their old successors", () => {
    const before = [row("x"), row("a"), row("y"), row("b"), row("z")];
    const after = [row("b"), row("new"), row("a")];
    expect(summarise(diffRequirementRows(before, after))).toEqual([
      "x:removed",
      "y:removed",
      "b:unchanged",
      "new:added",
      "a:unchanged",
      "z:removed",
    ]);
  });

  it("handles empty versions", () => {
    expect(diffRequirementRows([], [])).toEqual([]);
    expect(summarise(diffRequirementRows([], [row("a")]))).toEqual(["a:added"]);
    expect(summarise(diffRequirementRows([row("a")], []))).toEqual(["a:removed"]);
  });
});

describe("diffRequirementDocs", () => {
  const sections = {
    objectives: "Win the coatings order for line 2.",
    scopeStatement: "供应防腐涂料及技术服务。",
    customerDescription: "",
    customerCharacteristics: "",
    assumptions: "",
    constraints: "",
    relatedProjects: "",
  };
  const v1: RequirementDocContent = { sections, requirements: [row("a"), row("b")] };
  const v2: RequirementDocContent = {
    sections: {
      ...sections,
      objectives: "Win the coatings orders for lines 2 and 3.",
      scopeStatement: "供应防腐涂料、样品及技术服务。",
    },
    requirements: [row("a", { priority: "could" }), row("c")],
  };

  it("diffs every section in document order and counts the changes", () => {
    const diff = diffRequirementDocs(v1, v2);
    expect(diff.sections.map((s) => [s.section, s.changed])).toEqual([
      ["objectives", true],
      ["scopeStatement", true],
      ["customerDescription", false],
      ["customerCharacteristics", false],
      ["assumptions", false],
      ["constraints", false],
      ["relatedProjects", false],
    ]);
    expect(diff.sections[1]!.segments).toEqual([
      { op: "equal", text: "供应防腐涂料" },
      { op: "insert", text: "、样品" },
      { op: "equal", text: "及技术服务。" },
    ]);
    expect(diff.sections[0]!.segments.filter((s) => s.op !== "equal")).toEqual([
      { op: "delete", text: "order" },
      { op: "insert", text: "orders" },
      { op: "delete", text: "line" },
      { op: "insert", text: "lines" },
      { op: "insert", text: " and 3" },
    ]);
    expect(diff.summary).toEqual({
      sectionsChanged: 2,
      added: 1,
      removed: 1,
      changed: 1,
      unchanged: 0,
    });
  });

  it("reports no change between a version and itself", () => {
    const diff = diffRequirementDocs(v1, v1);
    expect(diff.summary).toEqual({
      sectionsChanged: 0,
      added: 0,
      removed: 0,
      changed: 0,
      unchanged: 2,
    });
    expect(diff.sections[2]!.segments).toEqual([]);
  });
});
