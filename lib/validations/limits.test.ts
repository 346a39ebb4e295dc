import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import commonEn from "@/messages/common/en.json";
import commonZh from "@/messages/common/zh-CN.json";
import { accountFieldsSchema } from "./account";
import { limit, splitMessage, withParams } from "./limits";
import { createUserSchema } from "./user";

const catalogs = { en: commonEn, "zh-CN": commonZh } as const;

/** What the form shows for a zod message, the way `useErrorText` resolves it. */
function shown(locale: keyof typeof catalogs, message: string) {
  const t = createTranslator({ locale, messages: { common: catalogs[locale] } });
  const { key, params } = splitMessage(message);
  return t(`common.validation.${key}` as never, params as never);
}

const messageOf = (result: { success: boolean; error?: z.ZodError }, field: string) =>
  result.error?.issues.find((i) => i.path.join(".") === field)?.message ?? "";

describe("validation limits", () => {
  test("messages carry the limit and split back into key and numbers", () => {
    const schema = z.object({
      text: z.string().max(5, limit()),
      short: z.string().min(3, limit()),
      big: z.number().max(10, limit()),
      small: z.number().min(0, limit()),
      list: z.array(z.string()).max(1, limit()),
    });
    const result = schema.safeParse({
      text: "abcdef",
      short: "a",
      big: 11,
      small: -1,
      list: ["a", "b"],
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "tooLong|max=5",
      "tooShort|min=3",
      "tooBig|max=10",
      "tooSmall|min=0",
      "tooMany|max=1",
    ]);
    expect(splitMessage("tooLong|max=5")).toEqual({ key: "tooLong", params: { max: 5 } });
    expect(splitMessage("required")).toEqual({ key: "required", params: {} });
    expect(withParams("x", {})).toBe("x");
  });

  test.each(Object.keys(catalogs) as (keyof typeof catalogs)[])(
    "%s: a too-long name, a short password and a negative count say their limit",
    (locale) => {
      const tooLong = messageOf(accountFieldsSchema.safeParse({ name: "x".repeat(201) }), "name");
      expect(shown(locale, tooLong)).toContain("200");
      const user = createUserSchema.safeParse({ password: "short" });
      expect(shown(locale, messageOf(user, "password"))).toMatch(/\d+/);
      const count = messageOf(
        accountFieldsSchema.safeParse({ employeeCount: "-1" }),
        "employeeCount",
      );
      expect(shown(locale, count)).toContain("0");
      const huge = messageOf(
        accountFieldsSchema.safeParse({ employeeCount: "20000000" }),
        "employeeCount",
      );
      expect(shown(locale, huge)).toMatch(/10,000,000|1000,0000|10000000/);
    },
  );

  test('schemas name their limits (no bare "tooLong" without the number)', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) {
          const source = readFileSync(path, "utf8");
          if (/\.(max|min)\([^()]*,\s*"(tooLong|tooShort|tooBig|tooSmall)"\)/.test(source)) {
            offenders.push(path);
          }
        }
      }
    };
    walk("lib");
    walk("app");
    expect(offenders).toEqual([]);
  });
});
