import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/config";
import { DATASETS, EXPORT_DATASETS, headerRow, type Dataset, type Translate } from "./datasets";
import { exportTranslator } from "./translate";

/** A translator that fails the test on a missing key, instead of printing the key. */
async function strict(locale: (typeof LOCALES)[number]): Promise<Translate> {
  const t = await exportTranslator(locale);
  return (key, values) => {
    const text = t(key, values);
    if (text === key) throw new Error(`missing message ${key} (${locale})`);
    return text;
  };
}

describe("export headers", () => {
  it("are in the user's language, with the forms' wording", async () => {
    const en = { t: await strict("en"), locale: "en" as const };
    const zh = { t: await strict("zh-CN"), locale: "zh-CN" as const };
    expect(headerRow(DATASETS.accounts, en).slice(0, 3)).toEqual([
      "Customer code",
      "Customer name",
      "Grade",
    ]);
    expect(headerRow(DATASETS.accounts, zh).slice(0, 3)).toEqual([
      "客户编码",
      "客户名称",
      "客户等级",
    ]);
    expect(headerRow(DATASETS.contacts, zh)).toContain("主要联系人");
    expect(headerRow(DATASETS.activities, zh)).toContain("发生时间");
  });

  it.each(LOCALES)("exist for every column of every export in %s, none twice", async (locale) => {
    const context = { t: await strict(locale), locale };
    for (const what of EXPORT_DATASETS) {
      const header = headerRow(DATASETS[what] as Dataset<unknown>, context);
      expect(new Set(header).size).toBe(header.length);
      expect(context.t(DATASETS[what].name)).not.toBe("");
    }
  });

  it("label every enum value a row can hold", async () => {
    const context = { t: await strict("zh-CN"), locale: "zh-CN" as const };
    const row = {
      accountCode: "i010110",
      accountName: "中国石油物资装备公司",
      name: "刘建国",
      salutation: "先生",
      isPrimary: true,
      department: "采购部",
      title: "经理",
      decisionRole: "decision_maker",
      influence: 5,
      attitude: "champion",
      mobile: "",
      officePhone: "",
      homePhone: "",
      fax: "",
      email: "",
      countryRegion: "",
      province: "",
      city: "",
      postalCode: "",
      address: "",
      hobbies: "",
      specialDates: "生日 1970-05-01",
    };
    const cells = DATASETS.contacts.columns.map((c) => c.value(row, context));
    expect(cells.slice(2, 10)).toEqual([
      "刘建国",
      "先生",
      "是",
      "采购部",
      "经理",
      "决策者",
      5,
      "积极拥护",
    ]);
  });
});
