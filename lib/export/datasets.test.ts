import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/config";
import { ORDER_STATUSES } from "@/lib/orders/types";
import {
  SERVICE_CHANNELS,
  SERVICE_PRIORITIES,
  SERVICE_STATUSES,
  SERVICE_TYPES,
} from "@/lib/service/types";
import { csvCellText } from "./cells";
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

  const serviceRow = {
    accountCode: "i010110",
    accountName: "中国石油物资装备公司",
    subject: "=cmd|' /C calc'!A0",
    receivedAt: "2026-11-02 10:00",
    type: "complaint",
    priority: "urgent",
    status: "waiting_on_customer",
    channel: "phone",
    product: "涂料",
    contactName: null,
    ownerName: "王经理",
    firstResponseDueAt: "2026-11-02 14:00",
    firstRespondedAt: null,
    resolutionDueAt: "2026-11-05 10:00",
    resolvedAt: null,
    closedAt: null,
    overdue: true,
    description: "-1 桶漏",
    resolution: "",
  };

  it("service requests: labels in the user's language, nothing for an empty time", async () => {
    const zh = { t: await strict("zh-CN"), locale: "zh-CN" as const };
    const en = { t: await strict("en"), locale: "en" as const };
    expect(headerRow(DATASETS.service, zh).slice(2, 7)).toEqual([
      "反馈主题",
      "反馈日期",
      "服务反馈类型",
      "优先级",
      "状态",
    ]);
    const cells = DATASETS.service.columns.map((c) => c.value(serviceRow, en));
    expect(cells.slice(4, 8)).toEqual(["Complaint", "Urgent", "Waiting on customer", "Phone"]);
    expect(cells[9]).toBe(""); // no contact
    expect(cells[12]).toBe(""); // not answered yet
    expect(cells[16]).toBe("Yes"); // overdue
    // Text a spreadsheet would run is defused in the CSV.
    expect(csvCellText(cells[2]!)).toBe("'=cmd|' /C calc'!A0");
    expect(csvCellText(cells[17]!)).toBe("'-1 桶漏");
    // Every enum value has a label (the strict translator throws on a missing one).
    for (const type of SERVICE_TYPES)
      DATASETS.service.columns.map((c) => c.value({ ...serviceRow, type }, zh));
    for (const priority of SERVICE_PRIORITIES)
      DATASETS.service.columns.map((c) => c.value({ ...serviceRow, priority }, zh));
    for (const status of SERVICE_STATUSES)
      DATASETS.service.columns.map((c) => c.value({ ...serviceRow, status }, zh));
    for (const channel of SERVICE_CHANNELS)
      DATASETS.service.columns.map((c) => c.value({ ...serviceRow, channel }, zh));
  });

  const orderRow = {
    accountCode: "i010110",
    accountName: "中国石油物资装备公司",
    number: "HT-2026-001",
    orderDate: "2026-11-02",
    status: "delivered",
    currency: "CNY",
    lineCount: 3,
    totalMinor: 1234550,
    costMinor: 800000,
    costedAmountMinor: 1000000,
    contactName: "刘建国",
    createdByName: "王经理",
    confirmedAt: "2026-11-02 10:00",
    deliveredAt: "2026-11-20 16:30",
    cancelledAt: null,
    notes: "@SUM(A1)",
  };

  it("orders: one row with its totals as numbers in the order's currency, margin of the costed lines", async () => {
    const zh = { t: await strict("zh-CN"), locale: "zh-CN" as const };
    expect(headerRow(DATASETS.orders, zh).slice(2, 10)).toEqual([
      "订单/合同号",
      "销售日期",
      "状态",
      "币种",
      "行数",
      "合计",
      "成本",
      "毛利",
    ]);
    const cells = DATASETS.orders.columns.map((c) => c.value(orderRow, zh));
    expect(cells.slice(2, 10)).toEqual([
      "HT-2026-001",
      "2026-11-02",
      "已交付",
      "CNY",
      3,
      12345.5,
      8000,
      2000,
    ]);
    expect(cells[14]).toBe("");
    expect(csvCellText(cells[15]!)).toBe("'@SUM(A1)");
    // No costed line: cost and margin are empty, not 0; a currency without decimals stays whole.
    const uncosted = {
      ...orderRow,
      currency: "JPY",
      totalMinor: 5000,
      costMinor: null,
      costedAmountMinor: 0,
    };
    expect(DATASETS.orders.columns.slice(7, 10).map((c) => c.value(uncosted, zh))).toEqual([
      5000,
      null,
      null,
    ]);
    for (const status of ORDER_STATUSES)
      expect(DATASETS.orders.columns[4]!.value({ ...orderRow, status }, zh)).not.toBe("");
  });
});
