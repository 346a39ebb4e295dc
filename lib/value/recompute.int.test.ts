import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, test } from "vitest";
import { recomputeAbcAction, updateAbcSettingsAction } from "@/app/(app)/accounts/abc/actions";
import { db } from "@/db";
import { accountClassHistory, getAccountValue } from "@/db/queries/value";
import { abcClassHistory, accounts, auditLog, orders } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { runAbcRecompute } from "@/lib/jobs/abc-recompute";
import { classify, DEFAULT_ABC_THRESHOLDS } from "./abc";

// 10:00 in Shanghai on 3 December 2026: "today" is 2026-12-03.
const now = new Date("2026-12-03T02:00:00Z");
let serial = 0;
let orderNo = 0;
type User = Awaited<ReturnType<typeof createUser>>;
let owner: User;

async function account(name: string, ownerId = owner.id) {
  const [row] = await db
    .insert(accounts)
    .values({ code: `n0101${++serial}`, name, ownerId, stage: "execution" })
    .returning();
  return row!.id;
}
const order = (
  accountId: string,
  totalMinor: number,
  orderDate = "2026-06-01",
  extra: Partial<typeof orders.$inferInsert> = {},
) =>
  db.insert(orders).values({
    accountId,
    number: `SO-${++orderNo}`,
    orderDate,
    status: "confirmed",
    totalMinor,
    costedAmountMinor: 0,
    lineCount: 1,
    ...extra,
  });
const classOf = async (id: string) =>
  (await db.select({ c: accounts.abcClass }).from(accounts).where(eq(accounts.id, id)))[0]!.c;
const history = (id: string) =>
  db
    .select()
    .from(abcClassHistory)
    .where(eq(abcClassHistory.accountId, id))
    .orderBy(asc(abcClassHistory.id));

beforeEach(async () => {
  await truncateAll();
  owner = await createUser("manager");
});

describe("ABC recompute", () => {
  test("value per account from the trailing 12 months; class by cumulative share; history on change", async () => {
    const big = await account("大客户");
    const mid = await account("中客户");
    const small = await account("小客户");
    const none = await account("无订单");
    await order(big, 700_000, "2026-11-30", { costMinor: 300_000, costedAmountMinor: 500_000 });
    await order(big, 100_000, "2025-12-04"); // first day of the 365-day window
    await order(big, 999_999, "2025-12-03"); // a day too old: not revenue, but the last-order date stays recent
    await order(big, 500_000, "2026-10-01", { status: "draft" }); // drafts are not revenue
    await order(mid, 150_000);
    await order(small, 50_000, "2026-12-03");
    await order(small, 999_999, "2026-12-04"); // tomorrow: not yet

    expect(await runAbcRecompute(now, "nightly")).toMatchObject({ changed: 4 });
    expect(await getAccountValue({ actor: owner, accountId: big })).toMatchObject({
      abcClass: "A",
      value: {
        revenueMinor: 800_000,
        orderCount: 2,
        averageOrderMinor: 400_000,
        marginMinor: 200_000,
        lastOrderDate: "2026-11-30",
        aboveShareBp: 0,
      },
    });
    // Shares: big 80 %, mid 15 %, small 5 %. Above mid: exactly 80 % → B; above small 95 % → C.
    expect([await classOf(mid), await classOf(small), await classOf(none)]).toEqual([
      "B",
      "C",
      "C",
    ]);
    expect(await getAccountValue({ actor: owner, accountId: none })).toMatchObject({
      value: { revenueMinor: 0, orderCount: 0, averageOrderMinor: null, lastOrderDate: null },
    });
    expect(await history(mid)).toMatchObject([
      {
        fromClass: null,
        toClass: "B",
        trigger: "nightly",
        valueMinor: 150_000,
        aboveShareBp: 8000,
      },
    ]);

    // The small customer orders big: it moves up, big moves down, and only changes are logged.
    // Now small 5,050,000, big 800,000, mid 150,000 of 6,000,000: above big 84 %, above mid 97.5 %.
    await order(small, 5_000_000, "2026-12-01");
    expect(
      await runAbcRecompute(new Date(now.getTime() + 3_600_000), "on_demand", owner.id),
    ).toMatchObject({
      changed: 3,
    });
    expect(await classOf(small)).toBe("A");
    expect(await classOf(big)).toBe("B");
    expect(await classOf(mid)).toBe("C");
    expect((await history(big)).map((h) => [h.fromClass, h.toClass, h.trigger])).toEqual([
      [null, "A", "nightly"],
      ["A", "B", "on_demand"],
    ]);
    expect(await history(none)).toHaveLength(1);
  });

  test("the SQL classes agree with lib/value/abc.ts, ties and zeros included", async () => {
    const values = Array.from({ length: 60 }, (_, i) =>
      i % 7 === 0 ? 0 : ((i * 37) % 11) * 10_000,
    );
    const ids: string[] = [];
    for (const v of values) {
      const id = await account(`客户${ids.length}`);
      ids.push(id);
      if (v > 0) await order(id, v);
    }
    await runAbcRecompute(now, "nightly");
    const expected = classify(
      ids.map((id, i) => ({ id, value: values[i]! })),
      DEFAULT_ABC_THRESHOLDS,
    );
    const rows = await db.select({ id: accounts.id, c: accounts.abcClass }).from(accounts);
    const actual = new Map(rows.map((r) => [r.id, r.c]));
    expect(expected.map((e) => [e.id, actual.get(e.id)])).toEqual(
      expected.map((e) => [e.id, e.cls]),
    );
    expect(new Set(expected.map((e) => e.cls))).toEqual(new Set(["A", "B", "C"]));
  });

  test("classifies by margin when a director chooses it", async () => {
    const director = await createUser("director");
    const highRevenue = await account("高收入低毛利");
    const highMargin = await account("高毛利");
    await order(highRevenue, 1_000_000, "2026-06-01", {
      costMinor: 990_000,
      costedAmountMinor: 1_000_000,
    });
    await order(highMargin, 300_000, "2026-06-01", {
      costMinor: 100_000,
      costedAmountMinor: 300_000,
    });
    signInAs(director.id);
    const saved = await updateAbcSettingsAction({
      version: 0,
      fields: { aShare: "80", bShare: "15", basis: "margin" },
    });
    expect(saved).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await recomputeAbcAction({})).toMatchObject({ ok: true, data: { changed: 2 } });
    // Margins 200,000 and 10,000: the high-revenue account holds under 5 % of the margin.
    expect([await classOf(highMargin), await classOf(highRevenue)]).toEqual(["A", "C"]);
  });
});

describe("who may", () => {
  test("managers and executives may neither recompute nor change thresholds; nothing changes", async () => {
    const id = await account("客户");
    await order(id, 100);
    for (const role of ["manager", "executive"] as const) {
      const user = await createUser(role);
      signInAs(user.id);
      expect(await recomputeAbcAction({})).toMatchObject({ ok: false, error: "forbidden" });
      expect(
        await updateAbcSettingsAction({
          version: 0,
          fields: { aShare: "70", bShare: "20", basis: "revenue" },
        }),
      ).toMatchObject({ ok: false, error: "forbidden" });
    }
    expect(await classOf(id)).toBeNull();
    expect(await db.select().from(auditLog)).toHaveLength(0);
  });

  test("thresholds over 100 % are a field error; a stale version a conflict", async () => {
    const director = await createUser("director");
    signInAs(director.id);
    expect(
      await updateAbcSettingsAction({
        version: 0,
        fields: { aShare: "90", bShare: "15", basis: "revenue" },
      }),
    ).toMatchObject({
      ok: false,
      error: "validation",
      fieldErrors: { "fields.bShare": ["sharesOver100"] },
    });
    await updateAbcSettingsAction({
      version: 0,
      fields: { aShare: "70", bShare: "20", basis: "revenue" },
    });
    expect(
      await updateAbcSettingsAction({
        version: 0,
        fields: { aShare: "60", bShare: "20", basis: "revenue" },
      }),
    ).toMatchObject({ ok: false, error: "conflict" });
  });

  test("another manager sees neither the value nor the class history", async () => {
    const id = await account("客户");
    await order(id, 100);
    await runAbcRecompute(now, "nightly");
    const other = await createUser("manager");
    expect(await getAccountValue({ actor: other, accountId: id })).toBeNull();
    expect(await accountClassHistory({ actor: other, accountId: id })).toEqual([]);
    expect(await accountClassHistory({ actor: owner, accountId: id })).toHaveLength(1);
  });
});
