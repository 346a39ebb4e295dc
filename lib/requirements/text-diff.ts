import { diffArrays } from "diff";

export type DiffOp = "equal" | "insert" | "delete";

export interface DiffSegment {
  op: DiffOp;
  text: string;
}

// Chinese and Japanese have no spaces between words: compare them per character.
const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef";
const TOKEN = new RegExp(`\\s+|[${CJK}]|(?:(?![${CJK}])[\\p{L}\\p{N}\\p{M}_])+|[\\s\\S]`, "gu");

/** Words, runs of whitespace, single CJK characters and single punctuation marks. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

type Group =
  | { equal: string; tokens: number }
  | { del: string; ins: string; delTokens: number; insTokens: number };

/**
 * Folds an equality into the edits around it when it has no more tokens than
 * the edits on either side (diff-match-patch's semantic cleanup, counted in
 * tokens), so a lone space or a shared 的 does not chop a rewritten sentence
 * into confetti.
 */
function cleanup(groups: Group[]): Group[] {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 1; i + 1 < groups.length; i++) {
      const prev = groups[i - 1]!;
      const eq = groups[i]!;
      const next = groups[i + 1]!;
      if (!("equal" in eq) || "equal" in prev || "equal" in next) continue;
      if (
        eq.tokens <= Math.max(prev.delTokens, prev.insTokens) &&
        eq.tokens <= Math.max(next.delTokens, next.insTokens)
      ) {
        groups.splice(i - 1, 3, {
          del: prev.del + eq.equal + next.del,
          ins: prev.ins + eq.equal + next.ins,
          delTokens: prev.delTokens + eq.tokens + next.delTokens,
          insTokens: prev.insTokens + eq.tokens + next.insTokens,
        });
        changed = true;
        i--;
      }
    }
  }
  return groups;
}

/** Tokens deleted plus inserted past which a diff is shown as one delete and one insert (~0.1 s). */
export const MAX_EDIT_TOKENS = 1000;

/** Token-level diff by jsdiff's Myers implementation, grouped into equal runs and edits. */
function diffGroups(before: readonly string[], after: readonly string[]): Group[] {
  const groups: Group[] = [];
  // Two long, unrelated texts would take Myers a long time: past MAX_EDIT_TOKENS, show delete +
  // insert. A bound on the edit, not on time, so the diff shown does not depend on the load.
  const changes = diffArrays([...before], [...after], { maxEditLength: MAX_EDIT_TOKENS }) ?? [
    { value: [...before], removed: true, added: false, count: before.length },
    { value: [...after], added: true, removed: false, count: after.length },
  ];
  for (const change of changes) {
    const text = change.value.join("");
    const last = groups[groups.length - 1];
    if (!change.added && !change.removed) {
      groups.push({ equal: text, tokens: change.value.length });
      continue;
    }
    const edit =
      last && !("equal" in last) ? last : { del: "", ins: "", delTokens: 0, insTokens: 0 };
    if (edit !== last) groups.push(edit);
    if (change.removed) {
      edit.del += text;
      edit.delTokens += change.value.length;
    } else {
      edit.ins += text;
      edit.insTokens += change.value.length;
    }
  }
  return groups;
}

function toSegments(groups: readonly Group[]): DiffSegment[] {
  const segments: DiffSegment[] = [];
  for (const group of groups) {
    if ("equal" in group) segments.push({ op: "equal", text: group.equal });
    else {
      if (group.del) segments.push({ op: "delete", text: group.del });
      if (group.ins) segments.push({ op: "insert", text: group.ins });
    }
  }
  return segments;
}

/** Minimal diff of two token sequences (longest common subsequence), no cleanup. */
export function diffTokens(before: readonly string[], after: readonly string[]): DiffSegment[] {
  return toSegments(diffGroups(before, after));
}

/**
 * Readable token-level diff of two texts (line endings normalised to \n):
 * joining equal+delete segments gives `before`, equal+insert gives `after`.
 */
export function diffText(before: string, after: string): DiffSegment[] {
  const normalise = (text: string) => tokenize(text.replace(/\r\n?/g, "\n"));
  return toSegments(cleanup(diffGroups(normalise(before), normalise(after))));
}
