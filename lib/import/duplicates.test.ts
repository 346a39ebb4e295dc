import { describe, expect, test } from "vitest";
import { DEFAULT_RULES, DuplicateIndex, decide } from "./duplicates";

const existing = {
  id: "a1",
  code: "i010110",
  phone: "010-6234 5678",
  email: "Info@HuaCai.example",
  name: "北京华彩涂料有限公司",
};
const blank = { code: "", email: "", phone: "", name: "" };

describe("duplicate matching", () => {
  const index = new DuplicateIndex();
  index.add(existing, ["n010110"]);

  test.each([
    [{ ...blank, code: "I010110" }, "code"],
    [{ ...blank, code: "n010110" }, "code"],
    [{ ...blank, email: "info@huacai.example " }, "email"],
    [{ ...blank, phone: "(010) 62345678" }, "phone"],
    [{ ...blank, name: "北京 华彩涂料股份有限公司" }, "name"],
  ])("%o matches by %s", (fields, rule) => {
    expect(index.match(fields)).toEqual({ rule, id: "a1" });
  });

  test("the strongest rule names the match when several apply", () => {
    expect(index.match({ ...blank, code: "i010110", name: existing.name })?.rule).toBe("code");
  });

  test("empty fields and other customers match nothing", () => {
    expect(index.match(blank)).toBeNull();
    expect(index.match({ ...blank, name: "有限公司", phone: "--" })).toBeNull();
    expect(index.match({ ...blank, name: "上海申达机械制造厂" })).toBeNull();
  });

  test("the row's own choice wins over its rule's; no match creates", () => {
    expect(decide("code", DEFAULT_RULES, null)).toBe("update");
    expect(decide("name", DEFAULT_RULES, null)).toBe("skip");
    expect(decide("name", DEFAULT_RULES, "create")).toBe("create");
    expect(decide(null, DEFAULT_RULES, "skip")).toBe("create");
  });
});
