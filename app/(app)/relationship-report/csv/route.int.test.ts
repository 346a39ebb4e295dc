import { NextRequest } from "next/server";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { db } from "@/db";
import { accounts, orders } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import {
  relationshipReportData,
  relationshipReportParts,
} from "@/lib/dashboards/relationship-report";
import type { Quarter } from "@/lib/value/report-quarter";
import { saveRelationshipReportAction } from "../actions";
import { GET } from "./route";

/*
 * The report's CSV: refused with a sentence (401 signed out, 403 for a manager), not
 * an error page; a finalised report lists the figures it was finalised with, a draft
 * today's.
 */

// The route reads next-intl's request translator, which needs a React server render;
// here it is the app's own catalog for the locale the test asks for.
const intl = vi.hoisted(() => ({ locale: "en" as "en" | "zh-CN" }));
vi.mock("next-intl/server", async () => {
  const { createFormatter, createTranslator } = await import("use-intl/core");
  const { loadMessages } = await import("@/lib/i18n/messages");
  return {
    getLocale: async () => intl.locale,
    getTranslations: async (namespace?: string) =>
      createTranslator({
        locale: intl.locale,
        messages: await loadMessages(intl.locale),
        namespace: namespace as never,
      }),
    getFormatter: async () => createFormatter({ locale: intl.locale, timeZone: "UTC" }),
  };
});

const request = (quarter: string, locale: "en" | "zh-CN" = "en") => {
  intl.locale = locale;
  return GET(new NextRequest(`http://localhost/relationship-report/csv?quarter=${quarter}`));
};

let accountId = "";
let orderNo = 0;
const addOrder = (orderDate: string, totalMinor: number, currency = "CNY") =>
  db.insert(orders).values({
    accountId,
    number: `HT-${++orderNo}`,
    orderDate,
    status: "confirmed",
    currency,
    totalMinor,
    lineCount: 1,
  });

beforeEach(async () => {
  await truncateAll();
  const owner = (await createUser("manager", { name: "王经理" }))!;
  const [account] = await db
    .insert(accounts)
    .values({ code: "n0571001", name: "杭州湖畔涂料有限公司", ownerId: owner.id })
    .returning();
  accountId = account!.id;
});

describe("the relationship report's CSV", () => {
  test("signed out: 401 with a sentence, no file", async () => {
    signInAs(null);
    const response = await request("2026-Q3");
    expect(response.status).toBe(401);
    expect(response.headers.get("Content-Disposition")).toBeNull();
    expect(await response.text()).toBe("Sign in to download this report.");
  });

  test("a manager: 403 with the refusal sentence (en and zh-CN), no file", async () => {
    const manager = (await createUser("manager"))!;
    signInAs(manager.id);
    const response = await request("2026-Q3");
    expect(response.status).toBe(403);
    expect(response.headers.get("Content-Disposition")).toBeNull();
    expect(await response.text()).toMatch(/^Only directors, executives and administrators/);
    const zh = await request("2026-Q3", "zh-CN");
    expect(zh.status).toBe(403);
    expect(await zh.text()).not.toMatch(/Only directors/);
  });

  test.each(["director", "executive", "admin"] as const)("%s: 200, the CSV file", async (role) => {
    const user = (await createUser(role))!;
    signInAs(user.id);
    const response = await request("2026-Q3");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toContain(
      "pcrm-relationship-report-2026-Q3.csv",
    );
  });

  test("a finalised report keeps its figures after the data changes; a draft shows the new ones", async () => {
    const director = (await createUser("director"))!;
    signInAs(director.id);
    await addOrder("2026-08-10", 100_000);
    await addOrder("2026-05-10", 100_000);
    expect(
      await saveRelationshipReportAction({
        quarter: "2026-Q3",
        version: 0,
        finalize: true,
        fields: { comments: "Final." },
      }),
    ).toMatchObject({ ok: true });
    expect(
      await saveRelationshipReportAction({
        quarter: "2026-Q2",
        version: 0,
        finalize: false,
        fields: { comments: "Draft." },
      }),
    ).toMatchObject({ ok: true });
    const finalBefore = await (await request("2026-Q3")).text();
    expect(finalBefore).toContain("Figures as finalised on");
    expect(finalBefore).toContain("1000.00");
    const draftBefore = await (await request("2026-Q2")).text();
    expect(draftBefore).toContain("1000.00");
    expect(draftBefore).toContain("Figures as the data stands now");

    // A late order in each quarter.
    await addOrder("2026-09-20", 50_000);
    await addOrder("2026-06-20", 50_000);

    const finalAfter = await (await request("2026-Q3")).text();
    expect(finalAfter).toBe(finalBefore);
    expect(finalAfter).not.toContain("1500.00");
    const draftAfter = await (await request("2026-Q2")).text();
    expect(draftAfter).toContain("1500.00");
  });

  test("the figures say they are in the default currency; other currencies' orders are left out", async () => {
    const director = (await createUser("director"))!;
    signInAs(director.id);
    await addOrder("2026-08-10", 100_000);
    await addOrder("2026-08-11", 70_000, "USD");
    const csv = await (await request("2026-Q3")).text();
    expect(csv).toContain("Amounts are in CNY; orders in other currencies are left out");
    expect(csv).toContain("1000.00");
    expect(csv).not.toContain("1700.00");
  });

  test("the parts that are states (composition, at risk) say 'today' for a draft and 'when finalised' for stored figures", async () => {
    const director = (await createUser("director"))!;
    intl.locale = "en";
    const actor = { id: director.id, role: "director" as const };
    const quarter: Quarter = "2026-Q3";
    const describe = async (snapshot: Awaited<ReturnType<typeof relationshipReportData>> | null) =>
      Object.fromEntries(
        (await relationshipReportParts(actor, quarter, snapshot)).parts.map((p) => [
          p.key,
          p.description,
        ]),
      );
    const draft = await describe(null);
    const stored = await describe(await relationshipReportData(actor, quarter));
    for (const key of ["composition", "compositionTypes", "atRisk"]) {
      expect(draft[key]).toBe("As it is today.");
      expect(stored[key]).toBe("As it was on the day the report was finalised.");
    }
    expect(stored.owners).toBe(draft.owners);
  });
});
