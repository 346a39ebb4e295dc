import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import { LOCALES, NAMESPACES, type Locale } from "./config";

/**
 * WCAG 2.5.3 "label in name": where a control shows one message and is named by
 * another (an Edit button named "Edit Liu Jianguo"), the name contains what is shown,
 * so a speech user can say what they see. Compared as axe does: case, punctuation
 * and symbols (…, “ ”, :) ignored.
 */
const root = path.resolve(__dirname, "../..");
const messages = (locale: Locale) =>
  Object.fromEntries(
    NAMESPACES.map((ns) => [
      ns,
      JSON.parse(readFileSync(path.join(root, "messages", ns, `${locale}.json`), "utf8")),
    ]),
  );

type Params = Record<string, string | number>;
/** [what the control shows (a key, or a literal "={count}"), the key of its name, values]. */
type Pair = [shown: string, name: string, params: Params];

const named: Params = { name: "刘建国", n: 2, number: 3, date: "2026-05-12", title: "Funnel" };
const counted = (count: number): Params => ({ count, stage: "Scope", owner: "Wang Fang" });

const PAIRS: Pair[] = [
  ["common.actions.edit", "account.stakeholders.editLabel", named],
  ["common.actions.delete", "account.stakeholders.deleteLabel", named],
  ["account.stakeholders.remove", "account.stakeholders.removeDate", named],
  ["common.actions.edit", "scope.actions.editNamed", named],
  ["common.actions.delete", "scope.actions.removeNamed", named],
  ["common.actions.edit", "cost.actions.editNamed", named],
  ["common.actions.delete", "cost.actions.removeNamed", named],
  ["schedule.actions.edit", "schedule.actions.editStep", named],
  ["schedule.actions.recordStart", "schedule.actions.recordStartNamed", named],
  ["schedule.actions.recordFinish", "schedule.actions.recordFinishNamed", named],
  ["schedule.actions.remove", "schedule.actions.removeStep", named],
  ["schedule.templateEditor.makeDefault", "schedule.templateEditor.makeDefaultNamed", named],
  ["schedule.templateEditor.activate", "schedule.templateEditor.activateNamed", named],
  ["schedule.templateEditor.deactivate", "schedule.templateEditor.deactivateNamed", named],
  ["requirements.page.view", "requirements.versions.viewN", named],
  ["requirements.page.print", "requirements.versions.printN", named],
  ["scorecard.history.view", "scorecard.history.viewN", named],
  ["settings.referenceData.edit", "settings.referenceData.editLabel", named],
  ["dashboards.panel.downloadCsv", "dashboards.panel.downloadCsvOf", named],
  ["pipeline.card.move", "pipeline.card.moveLabel", named],
  ...[1, 3].flatMap((count): Pair[] => [
    ["common.home.overdueInStage", "common.home.openOverdue", counted(count)],
    ["={count}", "common.home.openStage", counted(count)],
    ["={count}", "dashboards.aging.openList", counted(count)],
    ["={count}", "dashboards.agingOwners.openStage", counted(count)],
    ["={count}", "dashboards.agingOwners.openAll", counted(count)],
    ["={count}", "dashboards.agingOwners.openStageUnowned", counted(count)],
    ["={count}", "dashboards.agingOwners.openAllUnowned", counted(count)],
  ]),
];

const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("accessible names contain the visible text", () => {
  test.each(LOCALES)("%s", (locale) => {
    const t = createTranslator({ locale, messages: messages(locale) });
    const format = (key: string, params: Params) =>
      key.startsWith("=") ? String(params.count) : t(key as never, params as never);
    const mismatches = PAIRS.map(([shown, name, params]) => ({
      shown: format(shown, params),
      name: format(name, params),
    })).filter(({ shown, name }) => !normalize(name).includes(normalize(shown)));
    expect(mismatches).toEqual([]);
  });
});
