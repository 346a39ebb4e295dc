import { describe, expect, it } from "vitest";
import { diffText, diffTokens, MAX_EDIT_TOKENS, tokenize, type DiffSegment } from "./text-diff";

const side = (segments: DiffSegment[], op: "delete" | "insert") =>
  segments
    .filter((s) => s.op === "equal" || s.op === op)
    .map((s) => s.text)
    .join("");

describe("tokenize", () => {
  it("splits Latin text into words, whitespace runs and punctuation", () => {
    expect(tokenize("The quick,  brown fox")).toEqual([
      "The",
      " ",
      "quick",
      ",",
      "  ",
      "brown",
      " ",
      "fox",
    ]);
  });

  it("splits Chinese per character, keeping embedded Latin words and numbers whole", () => {
    expect(tokenize("客户ABC公司需要50吨涂料。")).toEqual([
      "客",
      "户",
      "ABC",
      "公",
      "司",
      "需",
      "要",
      "50",
      "吨",
      "涂",
      "料",
      "。",
    ]);
  });
});

describe("diffText", () => {
  it("diffs English by word", () => {
    expect(diffText("Deliver samples in March", "Deliver free samples in May")).toEqual([
      { op: "equal", text: "Deliver " },
      { op: "insert", text: "free " },
      { op: "equal", text: "samples in " },
      { op: "delete", text: "March" },
      { op: "insert", text: "May" },
    ]);
  });

  it("diffs Chinese by character", () => {
    expect(diffText("三月份交付样品", "五月份交付全部样品")).toEqual([
      { op: "delete", text: "三" },
      { op: "insert", text: "五" },
      { op: "equal", text: "月份交付" },
      { op: "insert", text: "全部" },
      { op: "equal", text: "样品" },
    ]);
  });

  it("shows a rewritten sentence as one deletion and one insertion, not confetti", () => {
    expect(diffText("我们今天去北京开会", "他们明天到上海出差")).toEqual([
      { op: "delete", text: "我们今天去北京开会" },
      { op: "insert", text: "他们明天到上海出差" },
    ]);
    expect(diffText("the cat sat", "a dog ran")).toEqual([
      { op: "delete", text: "the cat sat" },
      { op: "insert", text: "a dog ran" },
    ]);
  });

  it("handles identical, empty and one-sided texts", () => {
    expect(diffText("same text", "same text")).toEqual([{ op: "equal", text: "same text" }]);
    expect(diffText("", "")).toEqual([]);
    expect(diffText("", "新增")).toEqual([{ op: "insert", text: "新增" }]);
    expect(diffText("gone", "")).toEqual([{ op: "delete", text: "gone" }]);
  });

  it("ignores a change of line endings", () => {
    expect(diffText("line one\r\nline two", "line one\nline two")).toEqual([
      { op: "equal", text: "line one\nline two" },
    ]);
  });

  it("reconstructs both texts for random mixed-language edits", () => {
    const alphabet = ["客", "户", "需", "求", "a", "b", "word", " ", "，", "\n", "5"];
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const text = () =>
      Array.from({ length: random(40) }, () => alphabet[random(alphabet.length)]).join("");
    for (let run = 0; run < 300; run++) {
      const before = text();
      const after = text();
      const segments = diffText(before, after);
      expect(side(segments, "delete")).toBe(before);
      expect(side(segments, "insert")).toBe(after);
    }
  });

  it("shows two unrelated 5000-character Chinese sections as one delete and one insert", () => {
    const han = (seed: number) =>
      Array.from({ length: 5000 }, () => {
        seed = (seed * 48271) % 2147483647;
        return String.fromCodePoint(0x4e00 + (seed % 200));
      }).join("");
    // The search stops at an edit of MAX_EDIT_TOKENS tokens, not at a time limit (which made
    // the result, and a timed assertion here, depend on the machine's load).
    expect(diffText(han(1), han(2))).toEqual([
      { op: "delete", text: han(1) },
      { op: "insert", text: han(2) },
    ]);
  });

  it("still diffs an edit just under the bound token by token", () => {
    const base = "需求说明。".repeat(400);
    const edit = "新".repeat(MAX_EDIT_TOKENS - 10);
    const segments = diffText(base, base.slice(0, 1000) + edit + base.slice(1000));
    expect(segments).toEqual([
      { op: "equal", text: base.slice(0, 1000) },
      { op: "insert", text: edit },
      { op: "equal", text: base.slice(1000) },
    ]);
  });

  it("finds a small edit inside a long section", () => {
    const long = "需求说明。".repeat(1000);
    const edited = long.slice(0, 2500) + "新增条款" + long.slice(2500);
    expect(diffText(long, edited)).toEqual([
      { op: "equal", text: long.slice(0, 2500) },
      { op: "insert", text: "新增条款" },
      { op: "equal", text: long.slice(2500) },
    ]);
  });
});

describe("diffTokens", () => {
  const lcs = (a: string[], b: string[]) => {
    let prev = new Array<number>(b.length + 1).fill(0);
    for (const x of a) {
      const row = [0];
      b.forEach((y, j) => row.push(x === y ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!)));
      prev = row;
    }
    return prev[b.length]!;
  };

  it("keeps a longest common subsequence as equal", () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    for (let run = 0; run < 500; run++) {
      const a = Array.from({ length: random(25) }, () => "abcd"[random(4)]!);
      const b = Array.from({ length: random(25) }, () => "abcd"[random(4)]!);
      const segments = diffTokens(a, b);
      const equal = segments.filter((s) => s.op === "equal").reduce((n, s) => n + s.text.length, 0);
      expect(equal).toBe(lcs(a, b));
      expect(side(segments, "delete")).toBe(a.join(""));
      expect(side(segments, "insert")).toBe(b.join(""));
    }
  });
});
