import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import accountEn from "@/messages/account/en.json";
import accountZh from "@/messages/account/zh-CN.json";
import { describeAudit, type AuditWords } from "./describe";
import { AUDIT_KINDS, isAuditKind } from "./kinds";

const catalogs = { en: accountEn, "zh-CN": accountZh } as const;
const KINDS = Object.entries(AUDIT_KINDS).flatMap(([entity, actions]) =>
  actions.map((action) => [entity, action] as const),
);

/** Every `audit({ entity, action })` the server code writes, read from the source. */
function writtenKinds(): [string, string][] {
  const found: [string, string][] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".ts") && !name.endsWith(".test.ts")) {
        const source = readFileSync(path, "utf8");
        for (const call of source.matchAll(/audit\(\{([\s\S]*?)\}\);/g)) {
          const body = call[1]!;
          const entity = /entity: "([A-Za-z]+)"/.exec(body)?.[1];
          const action = /action: ([^,\n]+)/.exec(body)?.[1];
          if (!entity || !action) continue;
          // In `cond ? "a" : "b"` the actions are the branches, not what the condition compares.
          const branches = action.includes("?") ? action.slice(action.indexOf("?")) : action;
          const literals = [...branches.matchAll(/"([A-Za-z]+)"/g)].map((m) => m[1]!);
          // A non-literal action (e.g. `input.decision`) is checked by the type of `audit`.
          for (const literal of literals) found.push([entity, literal]);
          if (literals.length === 0) found.push([entity, `<${action.trim()}>`]);
        }
      }
    }
  };
  walk("app");
  walk("lib");
  return found;
}

const side = (variant: 0 | 1) => ({
  code: variant ? "i010110" : "n010110",
  stage: variant ? "scope" : "requirements",
  name: variant ? "Anti-corrosion primer" : "Primer",
  total: 82,
  recommendation: "go",
  templateVersion: 3,
  number: 2,
  requirements: 7,
  comment: "Please add the delivery terms",
  change: "Add an on-site service",
  proposal: { op: "add", item: { name: "On-site service" } },
  templateName: "Standard",
  startDate: variant ? "2026-03-02" : "2026-02-02",
  steps: 9,
  key: "samples",
  label: "Samples",
  position: 4,
  plannedStart: variant ? "2026-04-01" : "2026-03-01",
  plannedFinish: "2026-04-30",
  actualStart: null,
  actualFinish: null,
  movedLaterSteps: 2,
  currency: "CNY",
  budgetMinor: variant ? 12_000_00 : 10_000_00,
  reopened: true,
  description: "Paint samples",
  plannedMinor: variant ? 3_000_00 : 2_000_00,
  actualMinor: null,
  role: variant ? "director" : "manager",
  expectedDays: variant ? 20 : 14,
  inScope: true,
});

const words: AuditWords = {
  money: (minor) => (minor == null ? "—" : `¥${(minor / 100).toFixed(2)}`),
  date: (iso) => iso ?? "—",
  stepLabel: (key, label) => label || key,
  templateName: (name) => name,
  stage: (code) => `[${code}]`,
  none: "—",
};

describe("audit history lines", () => {
  test("every audit kind the code writes is a known kind, and every known kind is written", () => {
    const written = writtenKinds();
    expect(written.length).toBeGreaterThan(40);
    const unknown = written.filter(
      ([entity, action]) => !action.startsWith("<") && !isAuditKind(entity, action),
    );
    expect(unknown).toEqual([]);
    const writtenEntities = new Set(written.map(([entity]) => entity));
    const literal = new Set(written.map(([e, a]) => `${e}.${a}`));
    const neverWritten = KINDS.filter(
      ([entity, action]) =>
        !literal.has(`${entity}.${action}`) &&
        // Actions passed through from the input (costPlan's decision) are typed instead.
        !written.some(([e, a]) => e === entity && a.startsWith("<")),
    );
    expect(neverWritten).toEqual([]);
    expect([...writtenEntities].sort()).toEqual(Object.keys(AUDIT_KINDS).sort());
  });

  describe.each(Object.keys(catalogs) as (keyof typeof catalogs)[])("%s", (locale) => {
    test.each(KINDS.map(([e, a]) => [`${e}.${a}`, e, a]))("%s reads as a sentence", (_, e, a) => {
      const errors: string[] = [];
      const t = createTranslator({
        locale,
        messages: { history: catalogs[locale].history },
        namespace: "history",
        onError: (error) => errors.push(error.message),
      });
      const line = describeAudit({ entity: e, action: a, before: side(0), after: side(1) }, words);
      expect(line.key).toBe(`audit.${e}.${a}`);
      expect(t.has(line.key as never)).toBe(true);
      const text = t(line.key as never, line.params as never);
      expect(errors).toEqual([]);
      // No internal names ("costPlan", "saveDraft") and no unfilled placeholders.
      expect(text).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/);
      expect(text).not.toMatch(/[{}]/);
      expect(text).not.toBe(t("other"));
    });
  });

  test("lines say what changed and from where to where", () => {
    const t = createTranslator({ locale: "en", messages: { h: accountEn.history } });
    const say = (entity: string, action: string, before: object, after: object) => {
      const line = describeAudit({ entity, action, before, after }, words);
      return t(`h.${line.key}` as never, line.params as never);
    };
    expect(
      say("costPlan", "update", { budgetMinor: 100_00 }, { budgetMinor: 250_00, reopened: true }),
    ).toBe(
      "Cost plan budget changed: ¥100.00 → ¥250.00. The approved cost plan went back to draft.",
    );
    expect(
      say("scopeItem", "update", { name: "A", inScope: true }, { name: "B", inScope: false }),
    ).toBe("Scope item edited: A → B (out of scope)");
    expect(say("evaluation", "approve", {}, { total: 71, recommendation: "hold" })).toBe(
      "Evaluation approved: 71 points, recommendation hold",
    );
    expect(say("account", "move", { stage: "scope" }, { stage: "schedule" })).toBe(
      "Stage moved: [scope] → [schedule]",
    );
    expect(say("something", "else", {}, {})).toBe("Change recorded");
  });
});
