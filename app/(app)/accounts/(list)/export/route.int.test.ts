import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/db";
import { listAccounts } from "@/db/queries/accounts-search";
import type { AccountListFilters } from "@/db/queries/accounts-shared";
import { contactsForPrint, exportAccounts } from "@/db/queries/exports";
import { getExpectedDays } from "@/db/queries/stage-settings";
import { accounts, accountTeam, activities, stakeholders } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import type { Actor } from "@/lib/policy";
import { GET } from "./route";

/*
 * The export holds exactly what the account list shows for the same filters and the
 * same user, every page of it, in the list's order; contacts and activities are those
 * of the same accounts. A signed-out request is refused with 401, not an error page.
 */

type User = Awaited<ReturnType<typeof createUser>>;
let manager: User;
let other: User;
let director: User;

const CITIES = ["杭州", "北京", "上海"];

beforeAll(async () => {
  await truncateAll();
  [manager, other, director] = await Promise.all([
    createUser("manager"),
    createUser("manager"),
    createUser("director"),
  ]);
  const rows = Array.from({ length: 90 }, (_, i) => ({
    code: `n0571${String(i).padStart(3, "0")}`,
    name: `${CITIES[i % 3]}湖畔涂料${i}号有限公司`,
    city: CITIES[i % 3]!,
    grade: (["important", "normal", "potential"] as const)[i % 3 === 0 ? 0 : i % 2],
    ownerId: i % 2 === 0 ? manager.id : other.id,
    phone: i === 4 ? "+86 571 8765 4321" : `0571-${8000 + i}`,
  }));
  // Text that a spreadsheet would run, on one of the manager's accounts.
  rows[6]!.name = '=HYPERLINK("http://evil.example","杭州")';
  const inserted = await db.insert(accounts).values(rows).returning();
  const byCode = new Map(inserted.map((a) => [a.code, a]));
  // The manager is on the team of one of the other manager's accounts.
  await db
    .insert(accountTeam)
    .values({ accountId: byCode.get("n0571003")!.id, userId: manager.id });
  await db.insert(stakeholders).values(
    inserted.flatMap((a) => [
      {
        accountId: a.id,
        side: "customer" as const,
        name: `联系人${a.code}`,
        decisionRole: "decision_maker" as const,
        isPrimary: true,
      },
      {
        accountId: a.id,
        side: "ours" as const,
        name: `我方${a.code}`,
        decisionRole: "salesperson" as const,
      },
    ]),
  );
  await db.insert(activities).values(
    inserted.map((a) => ({
      accountId: a.id,
      type: "visit" as const,
      occurredAt: new Date("2026-11-02T02:00:00Z"),
      subject: `拜访${a.code}`,
    })),
  );
});

const exportUrl = (query: string) => `http://localhost/accounts/export?${query}`;
const request = (query: string, locale?: string) =>
  GET(
    new NextRequest(exportUrl(query), {
      headers: locale ? { cookie: `NEXT_LOCALE=${locale}` } : {},
    }),
  );

async function csvOf(response: Response) {
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes, { bom: true }) as string[][];
}

/** Every code the list shows, page after page. */
async function listCodes(actor: Actor, filters: AccountListFilters) {
  const codes: string[] = [];
  let after: { v: string; id: string } | undefined;
  for (;;) {
    const page = await listAccounts({ actor, filters, after, limit: 7 });
    codes.push(...page.rows.map((r) => r.code));
    if (!page.next) return codes;
    after = page.next;
  }
}

describe("account export", () => {
  test("signed out: 401 with a sentence, no file", async () => {
    signInAs(null);
    const response = await request("format=csv", "en");
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("Sign in to export.");
  });

  test("an unknown export or format is a 400, not an error page", async () => {
    signInAs(manager.id);
    expect((await request("of=invoices&format=csv")).status).toBe(400);
    expect((await request("of=accounts&format=pdf")).status).toBe(400);
  });

  test.each([
    ["manager", "q=湖畔涂料&grade=important"],
    ["manager", "sort=newest"],
    ["director", "q=湖畔涂料&grade=important"],
    ["director", "owner=OTHER"],
  ])(
    "%s, %s: the CSV holds exactly the list's rows, in order, Chinese intact",
    async (role, raw) => {
      const user = role === "manager" ? manager : director;
      const query = raw.replace("OTHER", other.id);
      signInAs(user.id);
      const response = await request(`of=accounts&format=csv&${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const [header, ...rows] = await csvOf(response);
      expect(header!.slice(0, 2)).toEqual(["客户编码", "客户名称"]);
      const params = new URLSearchParams(query);
      const filters: AccountListFilters = {
        q: params.get("q") ?? undefined,
        grade: (params.get("grade") as "important" | null) ?? undefined,
        ownerId: params.get("owner") ?? undefined,
      };
      const sort = params.get("sort") === "newest" ? "created" : "name";
      const codes: string[] = [];
      let after: { v: string; id: string } | undefined;
      for (;;) {
        const page = await listAccounts({ actor: user, filters, sort, after, limit: 7 });
        codes.push(...page.rows.map((r) => r.code));
        if (!page.next) break;
        after = page.next;
      }
      expect(rows.map((r) => r[0])).toEqual(codes);
      expect(codes.length).toBeGreaterThan(7);
      if (role === "manager") {
        // Own accounts (even numbers) and the one team account; none of the other manager's.
        const numbers = rows.map((r) => Number(r[0]!.slice(5)));
        expect(numbers.every((n) => n % 2 === 0 || n === 3)).toBe(true);
      }
      for (const row of rows)
        expect(row[1]).toMatch(/^(杭州|北京|上海)湖畔涂料\d+号有限公司$|^'=HYPERLINK/);
    },
  );

  test("a manager's unfiltered export has their own and their team's accounts, nothing else", async () => {
    signInAs(manager.id);
    const [, ...rows] = await csvOf(await request("format=csv"));
    const expected = Array.from({ length: 90 }, (_, i) => i)
      .filter((i) => i % 2 === 0 || i === 3)
      .map((i) => `n0571${String(i).padStart(3, "0")}`);
    expect(rows.map((r) => r[0]).sort()).toEqual(expected);
    // A formula is defused, a phone starting with + is kept readable.
    expect(rows.find((r) => r[0] === "n0571006")![1]).toBe(
      `'=HYPERLINK("http://evil.example","杭州")`,
    );
    expect(rows.find((r) => r[0] === "n0571004")).toContain("'+86 571 8765 4321");
  });

  test("names the file by date with its Chinese name in RFC 5987 form", async () => {
    signInAs(director.id);
    const response = await request("format=csv");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="__-\d{4}-\d\d-\d\d\.csv"; filename\*=UTF-8''%E5%AE%A2%E6%88%B7-\d{4}-\d\d-\d\d\.csv$/,
    );
    await response.arrayBuffer();
  });

  test("XLSX: English headers, the same rows, text kept as text (never a formula)", async () => {
    signInAs(manager.id);
    const response = await request("format=xlsx&grade=important", "en");
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("accounts");
    const values = sheet.getSheetValues().slice(1) as unknown[][];
    const [header, ...rows] = values.map((row) => row.slice(1));
    expect(header!.slice(0, 3)).toEqual(["Customer code", "Customer name", "Grade"]);
    expect(rows.map((r) => r[0])).toEqual(await listCodes(manager, { grade: "important" }));
    expect(rows.every((r) => r[2] === "Important")).toBe(true);
    const formula = sheet.getRow(rows.findIndex((r) => r[0] === "n0571006") + 2).getCell(2);
    expect(formula.type).toBe(ExcelJS.ValueType.String);
    expect(formula.value).toBe('=HYPERLINK("http://evil.example","杭州")');
  });

  test("contacts: the customer-side contacts of the listed accounts only", async () => {
    signInAs(manager.id);
    const [header, ...rows] = await csvOf(await request("of=contacts&format=csv&grade=important"));
    expect(header!.slice(0, 4)).toEqual(["客户编码", "客户名称", "姓名", "称呼"]);
    const codes = await listCodes(manager, { grade: "important" });
    expect(rows.map((r) => r[0])).toEqual(codes);
    expect(rows.map((r) => r[2])).toEqual(codes.map((c) => `联系人${c}`));
    expect(rows.every((r) => r[4] === "是")).toBe(true);
  });

  test("activities: those of the listed accounts, with local times", async () => {
    signInAs(manager.id);
    const [, ...rows] = await csvOf(await request("of=activities&format=csv"));
    const codes = await listCodes(manager, {});
    expect(rows.map((r) => r[0])).toEqual(codes);
    expect(rows.every((r) => r[2] === "拜访" && r[3] === "2026-11-02 10:00")).toBe(true);
    signInAs(director.id);
    const [, ...all] = await csvOf(await request("of=activities&format=csv"));
    expect(all).toHaveLength(90);
  });

  test("the cursor reads in batches and ends with the last row", async () => {
    const scope = {
      actor: manager,
      filters: {},
      sort: "name" as const,
      expected: await getExpectedDays(),
      timeZone: "Asia/Shanghai",
      now: new Date(),
    };
    const sizes: number[] = [];
    for await (const batch of exportAccounts(scope, 10)) sizes.push(batch.length);
    expect(sizes).toEqual([10, 10, 10, 10, 6]);
  });

  test("the printed contacts list: the first rows of the contacts export and the total", async () => {
    const scope = {
      actor: manager,
      filters: { grade: "important" as const },
      sort: "name" as const,
      expected: await getExpectedDays(),
      timeZone: "Asia/Shanghai",
      now: new Date(),
    };
    const codes = await listCodes(manager, { grade: "important" });
    const { rows, total } = await contactsForPrint(scope, 5);
    expect(total).toBe(codes.length);
    expect(rows.map((r) => r.accountCode)).toEqual(codes.slice(0, 5));
    expect(rows[0]).toMatchObject({ name: `联系人${codes[0]}`, isPrimary: true });
    const all = await contactsForPrint({ ...scope, actor: director, filters: {} }, 1000);
    expect(all).toMatchObject({ total: 90 });
    expect(all.rows).toHaveLength(90);
  });
});
