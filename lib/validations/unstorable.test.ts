import { describe, expect, test } from "vitest";
import { unstorableTextPath } from "./unstorable";

describe("unstorable text", () => {
  test("finds NUL and lone surrogates anywhere, by the field's dotted path", () => {
    expect(unstorableTextPath({ name: "a\u0000b" })).toBe("name");
    expect(unstorableTextPath({ rows: [{ title: "ok" }, { title: "\uD800" }] })).toBe(
      "rows.1.title",
    );
    expect(unstorableTextPath({ fields: { note: "x\uDC00" } })).toBe("fields.note");
    expect(unstorableTextPath({ ["bad\u0000key"]: 1 })).toBe("bad\u0000key");
    expect(unstorableTextPath("\u0000")).toBe("_form");
    const form = new FormData();
    form.set("city", "x\u0000");
    expect(unstorableTextPath(form)).toBe("city");
  });

  test("leaves ordinary text alone, surrogate pairs (𠮷, emoji) included", () => {
    expect(
      unstorableTextPath({ name: "𠮷野家 🙂", note: "", n: 5, list: [null, true] }),
    ).toBeNull();
    expect(unstorableTextPath(null)).toBeNull();
    let deep: unknown = "x\u0000";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(unstorableTextPath(deep)).toBeNull(); // no stack overflow; the schema refuses it
  });
});
