import { sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { GET as exportGet } from "@/app/(app)/accounts/(list)/export/route";
import { db } from "@/db";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { signInAs } from "@/db/testing/session";
import { clearDashboardCache } from "./queries/dashboards-cache";
import { analytic } from "./queries/dashboards-shared";
import { throughCursor } from "./queries/exports";
import { withRequestSignal } from "./request-signal";

/*
 * When the client goes away (its request's signal aborts), the query serving it stops
 * in PostgreSQL: a dashboard aggregate and an export's cursor in the middle of a batch.
 * Each query carries a marker comment, so pg_stat_activity shows whether it still runs.
 */

/** Backends running a query with `marker` (other than this check). */
async function running(marker: string) {
  const rows = await db.execute<{ n: number }>(sql`
    select count(*)::int as n from pg_stat_activity
    where state = 'active' and pid <> pg_backend_pid() and query like ${`%${marker}%`}`);
  return rows[0]!.n;
}

/** Waits until `check()` is true, at most `ms`. */
async function until(check: () => Promise<boolean>, ms = 3000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
}

beforeAll(() => truncateAll());
afterEach(() => clearDashboardCache());

/** PostgreSQL's error code, on the error or (as drizzle wraps it) its cause. */
const codeOf = (e: unknown) =>
  (e as { code?: string }).code ?? (e as { cause?: { code?: string } }).cause?.code;

describe("cancellation when the client goes away", () => {
  test("a dashboard aggregate stops in PostgreSQL when its request aborts", async () => {
    const client = new AbortController();
    const started = Date.now();
    const result = withRequestSignal(client.signal, () =>
      analytic(sql.raw("select pg_sleep(20) /* cancel-analytic */")),
    );
    const caught = result.then(() => "finished", codeOf);
    expect(await until(async () => (await running("cancel-analytic")) === 1)).toBe(true);
    client.abort();
    expect(await caught).toBe("57014");
    expect(await until(async () => (await running("cancel-analytic")) === 0)).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test("a shared cached aggregate keeps running while one request still waits for it", async () => {
    const [a, b] = [new AbortController(), new AbortController()];
    const query = sql.raw("select 7 as n, pg_sleep(0.8) /* cancel-shared */");
    const first = withRequestSignal(a.signal, () => analytic(query, { cache: true }));
    const second = withRequestSignal(b.signal, () => analytic(query, { cache: true }));
    first.catch(() => {});
    expect(await until(async () => (await running("cancel-shared")) === 1)).toBe(true);
    a.abort();
    expect((await second).map((r) => r.n)).toEqual([7]);

    clearDashboardCache();
    const [c, d] = [new AbortController(), new AbortController()];
    const third = withRequestSignal(c.signal, () => analytic(query, { cache: true }));
    const fourth = withRequestSignal(d.signal, () => analytic(query, { cache: true }));
    const caught = Promise.all([third, fourth].map((p) => p.then(() => "finished", codeOf)));
    expect(await until(async () => (await running("cancel-shared")) === 1)).toBe(true);
    c.abort();
    d.abort();
    expect(await caught).toEqual(["57014", "57014"]);
    expect(await running("cancel-shared")).toBe(0);
  });

  test("an export's cursor stops mid-stream, inside a batch, when its request aborts", async () => {
    // 100 rows per batch at 20 ms a row: each batch takes 2 s in PostgreSQL.
    const query = {
      toSQL: () => ({
        sql: "select g, pg_sleep(0.02) as s from generate_series(1, 10000) g /* cancel-cursor */",
        params: [],
      }),
      _: { selectedFields: { g: 0, s: 0 } },
    };
    const client = new AbortController();
    const { batches, first } = withRequestSignal(client.signal, () => {
      const batches = throughCursor<{ g: number }>(query, 100);
      return { batches, first: batches.next() };
    });
    const firstBatch = await first;
    expect(firstBatch.done).toBe(false);
    expect((firstBatch.value as { g: number }[]).map((r) => r.g).slice(0, 3)).toEqual([1, 2, 3]);
    // The second batch is being read when the client goes away.
    const second = batches.next().catch((e: { code?: string }) => e);
    await new Promise((r) => setTimeout(r, 300));
    expect(await running("cancel-cursor")).toBe(1);
    const aborted = Date.now();
    client.abort();
    expect(await second).toMatchObject({ code: "57014" });
    expect(Date.now() - aborted).toBeLessThan(1500);
    expect(await until(async () => (await running("cancel-cursor")) === 0)).toBe(true);
    // The pool's connections answer the next queries with their own rows only (the
    // cancelled batch's row count used to leave empty rows before them: patches/).
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => db.execute<{ x: number }>(sql`select ${i}::int as x`)),
    );
    expect(answers.map((rows) => [...rows])).toEqual(
      Array.from({ length: 10 }, (_, i) => [{ x: i }]),
    );
  });

  // The dashboards' CSV route wraps its work the same way; next-intl's server API does
  // not run under vitest, so its aggregates are covered by the first two tests.
  test("the export route runs no query for a client already gone, and answers one still there", async () => {
    const director = await createUser("director");
    signInAs(director.id);
    const url = "http://localhost/accounts/export?of=accounts&format=csv";
    const gone = exportGet(new NextRequest(url, { signal: AbortSignal.abort() }));
    await expect(gone).rejects.toMatchObject({ code: "57014" });
    const there = await exportGet(new NextRequest(url));
    expect(there.status).toBe(200);
    expect(await there.text()).toContain("\r\n");
  });
});
