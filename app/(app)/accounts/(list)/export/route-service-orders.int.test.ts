import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/db";
import { listServiceRequests } from "@/db/queries/service";
import {
  accounts,
  accountTeam,
  orderLines,
  orders,
  products,
  serviceRequests,
  stakeholders,
} from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import type { Actor } from "@/lib/policy";
import type { ServiceListFilters } from "@/lib/service/list-filters";
import { GET } from "./route";

/*
 * The service-request export holds exactly what the /service list shows for the same
 * filters and user (every page); the orders export one row per order, of one account
 * or of the accounts the account list shows, only those the user may see.
 */

type User = Awaited<ReturnType<typeof createUser>>;
let manager: User;
let other: User;
let director: User;
const ids: Record<"mine" | "theirs" | "team", string> = { mine: "", theirs: "", team: "" };

beforeAll(async () => {
  await truncateAll();
  [manager, other, director] = await Promise.all([
    createUser("manager", { name: "王经理" }),
    createUser("manager", { name: "李经理" }),
    createUser("director"),
  ]);
  const [mine, theirs, team] = await db
    .insert(accounts)
    .values([
      { code: "n0571001", name: "杭州湖畔涂料有限公司", ownerId: manager.id },
      { code: "n0571002", name: "北京华彩涂料有限公司", ownerId: other.id },
      { code: "n0571003", name: "上海东方涂料有限公司", ownerId: other.id },
    ])
    .returning();
  Object.assign(ids, { mine: mine!.id, theirs: theirs!.id, team: team!.id });
  await db.insert(accountTeam).values({ accountId: team!.id, userId: manager.id });
  const [contact] = await db
    .insert(stakeholders)
    .values({ accountId: mine!.id, side: "customer", name: "刘建国", decisionRole: "user" })
    .returning();

  const request = (
    accountId: string,
    subject: string,
    hour: number,
    extra: Partial<typeof serviceRequests.$inferInsert> = {},
  ) => {
    const receivedAt = new Date(Date.UTC(2026, 10, 2, hour));
    return {
      accountId,
      subject,
      receivedAt,
      channel: "phone" as const,
      type: "enquiry" as const,
      slaFirstResponseHours: 4,
      slaResolutionHours: 16,
      firstResponseDueAt: new Date(receivedAt.getTime() + 4 * 3600_000),
      ...extra,
    };
  };
  await db.insert(serviceRequests).values([
    request(mine!.id, "漆面起泡", 1, {
      type: "complaint",
      priority: "urgent",
      contactId: contact!.id,
      ownerId: manager.id,
    }),
    request(mine!.id, '=HYPERLINK("http://evil.example","点此")', 2),
    ...Array.from({ length: 12 }, (_, i) => request(mine!.id, `咨询${i}`, 3 + i)),
    // Handed to the manager on a colleague's account: visible to them.
    request(theirs!.id, "转交的投诉", 20, { type: "complaint", ownerId: manager.id }),
    // A colleague's request on a colleague's account: not visible to the manager.
    request(theirs!.id, "别人的投诉", 21, { type: "complaint", ownerId: other.id }),
    request(team!.id, "团队客户的咨询", 22),
  ]);

  const order = (
    accountId: string,
    number: string,
    extra: Partial<typeof orders.$inferInsert> = {},
  ) => ({
    accountId,
    number,
    orderDate: "2026-11-02",
    status: "confirmed" as const,
    totalMinor: 1234550,
    costMinor: 800000,
    costedAmountMinor: 1000000,
    lineCount: 2,
    ...extra,
  });
  const [first, , third] = await db
    .insert(orders)
    .values([
      order(mine!.id, "HT-001", { contactId: contact!.id, notes: "-2 桶补发" }),
      order(mine!.id, "HT-002", { orderDate: "2026-11-20", status: "draft", costMinor: null }),
      order(theirs!.id, "HT-003"),
      order(team!.id, "HT-004", { currency: "JPY", totalMinor: 5000, costMinor: null }),
    ])
    .returning();
  const [paint, primer] = await db
    .insert(products)
    .values([
      { code: "P-01", name: "外墙涂料", unit: "桶", listPriceMinor: 50000, costMinor: 30000 },
      { code: "P-02", name: "底漆", unit: "桶", listPriceMinor: 20000 },
    ])
    .returning();
  const line = (orderId: string, position: number, productId: string, quantity: number) => ({
    orderId,
    position,
    productId,
    unitPriceMinor: 50000,
    quantity,
    discountBp: 1250,
    amountMinor: 43750 * quantity,
    costMinor: position === 1 ? 30000 * quantity : null,
  });
  await db
    .insert(orderLines)
    .values([
      line(first!.id, 2, primer!.id, 1),
      line(first!.id, 1, paint!.id, 2),
      line(third!.id, 1, paint!.id, 3),
    ]);
});

const request = (query: string, locale?: string) =>
  GET(
    new NextRequest(`http://localhost/accounts/export?${query}`, {
      headers: locale ? { cookie: `NEXT_LOCALE=${locale}` } : {},
    }),
  );

async function csvOf(response: Response) {
  expect(response.status).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes, { bom: true }) as string[][];
}

/** Every subject the service list shows, page after page. */
async function listSubjects(actor: Actor, filters: ServiceListFilters) {
  const subjects: string[] = [];
  let after: ServiceListFilters["after"];
  for (;;) {
    const page = await listServiceRequests({
      actor,
      filters: { ...filters, after },
      now: new Date(),
      limit: 5,
    });
    subjects.push(...page.rows.map((r) => r.subject));
    if (!page.more) return subjects;
    const last = page.rows.at(-1)!;
    after = { receivedAt: last.receivedAt, id: last.id };
  }
}

describe("service request export", () => {
  test("signed out: 401 with a sentence, no file", async () => {
    signInAs(null);
    const response = await request("of=service&format=csv", "en");
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("Sign in to export.");
  });

  test.each([
    ["manager", ""],
    ["manager", "type=complaint"],
    ["manager", "owner=me&q=投诉"],
    ["director", ""],
    ["director", "type=complaint"],
  ])("%s, %s: exactly the service list's rows, every page", async (role, query) => {
    const user = role === "manager" ? manager : director;
    signInAs(user.id);
    const [header, ...rows] = await csvOf(await request(`of=service&format=csv&${query}`));
    expect(header!.slice(0, 4)).toEqual(["客户编码", "客户名称", "反馈主题", "反馈日期"]);
    const params = new URLSearchParams(query);
    const subjects = await listSubjects(user, {
      type: (params.get("type") as "complaint" | null) ?? undefined,
      owner: params.get("owner") ?? undefined,
      q: params.get("q") ?? undefined,
    });
    expect(rows.map((r) => r[2]!.replace(/^'/, ""))).toEqual(subjects);
    expect(subjects.length).toBeGreaterThan(0);
  });

  test("a manager gets their accounts' requests and those handed to them, a director all", async () => {
    signInAs(manager.id);
    const [, ...mine] = await csvOf(await request("of=service&format=csv"));
    const subjects = mine.map((r) => r[2]);
    expect(subjects).toHaveLength(16);
    expect(subjects).toContain("转交的投诉");
    expect(subjects).toContain("团队客户的咨询");
    expect(subjects).not.toContain("别人的投诉");
    // The complaint in full: labels, local times, contact and owner, a formula defused.
    const complaint = mine.find((r) => r[2] === "漆面起泡")!;
    expect(complaint.slice(0, 12)).toEqual([
      "n0571001",
      "杭州湖畔涂料有限公司",
      "漆面起泡",
      "2026-11-02 09:00",
      "投诉",
      "紧急",
      "新建",
      "电话",
      "",
      "刘建国",
      "王经理",
      "2026-11-02 13:00",
    ]);
    expect(subjects).toContain(`'=HYPERLINK("http://evil.example","点此")`);
    signInAs(director.id);
    const [, ...all] = await csvOf(await request("of=service&format=csv"));
    expect(all).toHaveLength(17);
  });

  test("XLSX: English headers, the subject kept as text", async () => {
    signInAs(manager.id);
    const response = await request("of=service&format=xlsx&type=complaint", "en");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      /filename="service-requests-\d{4}-\d\d-\d\d\.xlsx"/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const values = workbook.worksheets[0]!.getSheetValues().slice(1) as unknown[][];
    const [header, ...rows] = values.map((row) => row.slice(1));
    expect(header!.slice(2, 5)).toEqual(["Subject", "Received at", "Type"]);
    expect(rows.map((r) => r[2])).toEqual(["转交的投诉", "漆面起泡"]);
    expect(rows.every((r) => r[4] === "Complaint")).toBe(true);
  });
});

describe("order export", () => {
  test("signed out: 401", async () => {
    signInAs(null);
    const response = await request(`of=orders&format=csv&account=${ids.mine}`, "en");
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("Sign in to export.");
  });

  test("one account's orders, newest first, one row each with its totals", async () => {
    signInAs(manager.id);
    const [header, ...rows] = await csvOf(
      await request(`of=orders&format=csv&account=${ids.mine}`),
    );
    expect(header!.slice(2, 10)).toEqual([
      "订单/合同号",
      "销售日期",
      "状态",
      "币种",
      "行数",
      "合计",
      "成本",
      "毛利",
    ]);
    expect(rows.map((r) => r.slice(2, 11))).toEqual([
      ["HT-002", "2026-11-20", "草稿", "CNY", "2", "12345.5", "", "", ""],
      ["HT-001", "2026-11-02", "已确认", "CNY", "2", "12345.5", "8000", "2000", "刘建国"],
    ]);
    expect(rows[1]!.at(-1)).toBe("'-2 桶补发");
  });

  test("a manager gets nothing of a colleague's account, a director gets it", async () => {
    signInAs(manager.id);
    const [header, ...none] = await csvOf(
      await request(`of=orders&format=csv&account=${ids.theirs}`),
    );
    expect(header).toContain("订单/合同号");
    expect(none).toEqual([]);
    signInAs(director.id);
    const [, ...rows] = await csvOf(await request(`of=orders&format=csv&account=${ids.theirs}`));
    expect(rows.map((r) => r[2])).toEqual(["HT-003"]);
  });

  test("without an account: the orders of the accounts the list shows, for this user", async () => {
    signInAs(manager.id);
    const [, ...mine] = await csvOf(await request("of=orders&format=csv"));
    expect(mine.map((r) => r[2]).sort()).toEqual(["HT-001", "HT-002", "HT-004"]);
    expect(mine.find((r) => r[2] === "HT-004")!.slice(5, 8)).toEqual(["JPY", "2", "5000"]);
    signInAs(director.id);
    const [, ...all] = await csvOf(await request("of=orders&format=csv"));
    expect(all.map((r) => r[2]).sort()).toEqual(["HT-001", "HT-002", "HT-003", "HT-004"]);
    const [, ...filtered] = await csvOf(await request("of=orders&format=csv&q=华彩"));
    expect(filtered.map((r) => r[2])).toEqual(["HT-003"]);
  });

  test("XLSX: amounts are number cells", async () => {
    signInAs(manager.id);
    const response = await request(`of=orders&format=xlsx&account=${ids.mine}`, "en");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("orders");
    expect(sheet.getRow(1).getCell(8).value).toBe("Total");
    const total = sheet.getRow(3).getCell(8);
    expect(total.type).toBe(ExcelJS.ValueType.Number);
    expect(total.value).toBe(12345.5);
    expect(sheet.getRow(3).getCell(10).value).toBe(2000);
  });

  test("order lines: one row per line under its order, only of accounts the user sees", async () => {
    signInAs(manager.id);
    const [header, ...rows] = await csvOf(await request("of=orderLines&format=csv"));
    expect(header!.slice(6)).toEqual([
      "行号",
      "产品编码",
      "产品",
      "单位",
      "单价",
      "销售数量",
      "折扣（减价百分比）",
      "金额",
      "成本",
    ]);
    expect(rows.map((r) => [r[2], ...r.slice(6)])).toEqual([
      ["HT-001", "1", "P-01", "外墙涂料", "桶", "500", "2", "12.5", "875", "600"],
      ["HT-001", "2", "P-02", "底漆", "桶", "500", "1", "12.5", "437.5", ""],
    ]);
    const [, ...theirs] = await csvOf(
      await request(`of=orderLines&format=csv&account=${ids.theirs}`),
    );
    expect(theirs).toEqual([]);
    signInAs(director.id);
    const [, ...all] = await csvOf(await request("of=orderLines&format=csv"));
    expect(all.map((r) => `${r[2]}/${r[6]}`).sort()).toEqual(["HT-001/1", "HT-001/2", "HT-003/1"]);
  });
});
