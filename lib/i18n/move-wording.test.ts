import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { LOCALES, NAMESPACES, type Locale } from "./config";

/**
 * A forward move reads the same everywhere (account page, move dialog, board menu,
 * gate panels): one message, `stages.moveTo`, in both languages.
 */
type Catalog = { [key: string]: string | Catalog };

const root = path.resolve(__dirname, "../..");
const catalog = (ns: string, locale: Locale): Catalog =>
  JSON.parse(readFileSync(path.join(root, "messages", ns, `${locale}.json`), "utf8")) as Catalog;

function leaves(node: Catalog, prefix: string): [string, string][] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

const messages = (locale: Locale) =>
  NAMESPACES.flatMap((ns) => leaves(catalog(ns, locale), `${ns}.`));

/** A label for a forward move, whatever its words. */
const FORWARD_LABEL: Record<Locale, RegExp> = {
  en: /^(move|advance|go|proceed)( on)? to \{\w+\}$/i,
  "zh-CN": /^(推进到|进入|前进到|移到)“?\{\w+\}”?$/,
};

describe("the wording of a forward move", () => {
  test.each(LOCALES)("%s: one message labels a forward move", (locale) => {
    const labels = messages(locale).filter(([, text]) => FORWARD_LABEL[locale].test(text));
    expect(labels).toEqual([
      ["stages.moveTo", locale === "en" ? "Move to {stage}" : "推进到“{stage}”"],
    ]);
  });

  test("English never says advance; Chinese always says 推进到 with the stage in quotes", () => {
    expect(messages("en").filter(([, text]) => /advanc/i.test(text))).toEqual([]);
    const zh = messages("zh-CN");
    expect(zh.filter(([, text]) => /进入“?\{|推进到\{/.test(text))).toEqual([]);
  });

  test.each(LOCALES)(
    "%s: the board's drag announcements never use the name of the Dropped stage",
    (locale) => {
      // The Dropped stage is "Dropped" / "已放弃": no "dropped" / "放到" in what the board says.
      const word = locale === "en" ? /drop/i : /放/;
      const dnd = leaves(catalog("pipeline", locale).dnd as Catalog, "pipeline.dnd.");
      expect(dnd.filter(([key, text]) => word.test(key) || word.test(text))).toEqual([]);
    },
  );

  test("no component looks up a forward-move label of its own", () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return sources(full);
        return /\.tsx?$/.test(entry.name) && !entry.name.includes(".test.") ? [full] : [];
      });
    const offenders = [
      ...sources(path.join(root, "components")),
      ...sources(path.join(root, "app")),
    ]
      .filter((file) =>
        /\b(?:t|tm|ts|tp|tAll)\(\s*["'`](?:advance|title\.forward|forward)["'`]/.test(
          readFileSync(file, "utf8"),
        ),
      )
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });
});
