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

type Emit = (op: DiffOp, token: number) => void;

/**
 * Work limit per diff, in diagonals explored. Ordinary edits need far less;
 * beyond it (two long, unrelated texts) the rest is shown as delete + insert.
 */
const MAX_STEPS = 4_000_000;
interface Budget {
  steps: number;
}

/**
 * Myers' O(ND) diff in linear space (middle snake, divide and conquer), after
 * stripping the common prefix and suffix. Tokens are interned to integers.
 */
function diffRange(
  a: Int32Array,
  aLo: number,
  aHi: number,
  b: Int32Array,
  bLo: number,
  bHi: number,
  emit: Emit,
  budget: Budget,
): void {
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
    emit("equal", a[aLo++]!);
    bLo++;
  }
  let suffix = 0;
  while (aHi > aLo && bHi > bLo && a[aHi - 1] === b[bHi - 1]) {
    aHi--;
    bHi--;
    suffix++;
  }
  if (aLo === aHi) {
    for (let j = bLo; j < bHi; j++) emit("insert", b[j]!);
  } else if (bLo === bHi) {
    for (let i = aLo; i < aHi; i++) emit("delete", a[i]!);
  } else {
    const split = middleSnake(a, aLo, aHi, b, bLo, bHi, budget);
    if (split) {
      diffRange(a, aLo, split[0], b, bLo, split[1], emit, budget);
      diffRange(a, split[0], aHi, b, split[1], bHi, emit, budget);
    } else {
      for (let i = aLo; i < aHi; i++) emit("delete", a[i]!);
      for (let j = bLo; j < bHi; j++) emit("insert", b[j]!);
    }
  }
  for (let i = aHi; i < aHi + suffix; i++) emit("equal", a[i]!);
}

function middleSnake(
  a: Int32Array,
  aLo: number,
  aHi: number,
  b: Int32Array,
  bLo: number,
  bHi: number,
  budget: Budget,
): [number, number] | null {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD;
  const size = 2 * maxD + 2;
  const forward = new Int32Array(size).fill(-1);
  const backward = new Int32Array(size).fill(-1);
  forward[offset + 1] = 0;
  backward[offset + 1] = 0;
  const delta = n - m;
  const odd = delta % 2 !== 0;
  let k1start = 0;
  let k1end = 0;
  let k2start = 0;
  let k2end = 0;
  for (let d = 0; d < maxD; d++) {
    budget.steps -= 2 * d + 2;
    if (budget.steps < 0) return null;
    for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const i1 = offset + k1;
      let x1 =
        k1 === -d || (k1 !== d && forward[i1 - 1]! < forward[i1 + 1]!)
          ? forward[i1 + 1]!
          : forward[i1 - 1]! + 1;
      let y1 = x1 - k1;
      while (x1 < n && y1 < m && a[aLo + x1] === b[bLo + y1]) {
        x1++;
        y1++;
      }
      forward[i1] = x1;
      if (x1 > n) k1end += 2;
      else if (y1 > m) k1start += 2;
      else if (odd) {
        const i2 = offset + delta - k1;
        if (i2 >= 0 && i2 < size && backward[i2] !== -1 && x1 >= n - backward[i2]!) {
          return [aLo + x1, bLo + y1];
        }
      }
    }
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const i2 = offset + k2;
      let x2 =
        k2 === -d || (k2 !== d && backward[i2 - 1]! < backward[i2 + 1]!)
          ? backward[i2 + 1]!
          : backward[i2 - 1]! + 1;
      let y2 = x2 - k2;
      while (x2 < n && y2 < m && a[aHi - 1 - x2] === b[bHi - 1 - y2]) {
        x2++;
        y2++;
      }
      backward[i2] = x2;
      if (x2 > n) k2end += 2;
      else if (y2 > m) k2start += 2;
      else if (!odd) {
        const i1 = offset + delta - k2;
        if (i1 >= 0 && i1 < size && forward[i1] !== -1) {
          const x1 = forward[i1]!;
          const y1 = offset + x1 - i1;
          if (x1 >= n - x2) return [aLo + x1, bLo + y1];
        }
      }
    }
  }
  return null;
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

function diffGroups(before: readonly string[], after: readonly string[]): Group[] {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const intern = (tokens: readonly string[]) =>
    Int32Array.from(tokens, (t) => {
      let id = ids.get(t);
      if (id === undefined) {
        id = vocabulary.push(t) - 1;
        ids.set(t, id);
      }
      return id;
    });
  const a = intern(before);
  const b = intern(after);

  const groups: Group[] = [];
  const budget = { steps: MAX_STEPS };
  diffRange(
    a,
    0,
    a.length,
    b,
    0,
    b.length,
    (op, token) => {
      const text = vocabulary[token]!;
      const last = groups[groups.length - 1];
      if (op === "equal") {
        if (last && "equal" in last) {
          last.equal += text;
          last.tokens++;
        } else groups.push({ equal: text, tokens: 1 });
        return;
      }
      const edit =
        last && !("equal" in last) ? last : { del: "", ins: "", delTokens: 0, insTokens: 0 };
      if (edit !== last) groups.push(edit);
      if (op === "delete") {
        edit.del += text;
        edit.delTokens++;
      } else {
        edit.ins += text;
        edit.insTokens++;
      }
    },
    budget,
  );
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
