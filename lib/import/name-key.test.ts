import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { nameKey } from "./name-key";

describe("nameKey", () => {
  test.each([
    ["北京华彩涂料有限公司", "北京华彩涂料"],
    ["北京华彩涂料股份有限公司", "北京华彩涂料"],
    ["北京华彩涂料有限责任公司", "北京华彩涂料"],
    ["  北京　华彩 涂料 有限公司 ", "北京华彩涂料"],
    ["ＡＢＣ科技（北京）有限公司", "abc科技(北京)"],
    ["Acme Trading Co., Ltd.", "acmetrading"],
    ["Acme Inc", "acme"],
    ["Acme Co., Ltd. 有限公司", "acme"],
    ["上海申达机械制造厂", "上海申达机械制造厂"],
  ])("%s → %s", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  test("a name that is only a suffix or blank has no key (it matches nothing)", () => {
    expect(nameKey("有限公司")).toBe("");
    expect(nameKey("  ")).toBe("");
  });

  test("only the end is a suffix: 有限公司 inside a name stays", () => {
    expect(nameKey("有限公司之家餐厅")).toBe("有限公司之家餐厅");
  });

  const core = fc
    .string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(..."华彩涂料机械abcXYZ019-()") })
    .filter((s) => nameKey(s) === s.normalize("NFKC").toLowerCase());

  test("property: spaces anywhere, full-width forms and the company suffix do not change the key", () => {
    const toFullWidth = (s: string) =>
      s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(
        core,
        fc.constantFrom("", "有限公司", "股份有限公司", " 有限公司"),
        fc.nat(20),
        (name, suffix, at) => {
          const spaced = name.slice(0, at) + " \u3000" + name.slice(at);
          expect(nameKey(toFullWidth(spaced) + suffix)).toBe(nameKey(name));
        },
      ),
    );
  });

  test("property: the key is stable (a key's key is itself)", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30, unit: fc.constantFrom(..."有限公司股份责任ltd.inco, 华") }),
        (name) => {
          expect(nameKey(nameKey(name))).toBe(nameKey(name));
        },
      ),
    );
  });
});
