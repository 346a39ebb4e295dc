import { existsSync, readFileSync, writeFileSync } from "node:fs";

const FILE = "docs/bench-results.md";

/**
 * Writes one generated section of docs/bench-results.md (first-load JavaScript,
 * Lighthouse), replacing its previous text between its markers, or appending it. The
 * sections sit in the notes part the full bench keeps, so `--only=<section>` re-runs
 * update them alone.
 */
export function writeSection(name: string, title: string, lines: string[]) {
  const start = `<!-- ${name}: written by npm run bench -->`;
  const end = `<!-- /${name} -->`;
  const text = [start, `## ${title}`, "", ...lines, end].join("\n");
  const previous = existsSync(FILE) ? readFileSync(FILE, "utf8") : "";
  const from = previous.indexOf(start);
  const to = previous.indexOf(end);
  const next =
    from >= 0 && to > from
      ? previous.slice(0, from) + text + previous.slice(to + end.length)
      : `${previous.trimEnd()}\n\n${text}\n`;
  writeFileSync(FILE, next);
}
