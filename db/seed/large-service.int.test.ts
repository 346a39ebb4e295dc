import { asc, sql as dsql } from "drizzle-orm";
import postgres from "postgres";
import { expect, test } from "vitest";
import { db } from "@/db";
import { accounts, escalationLog, serviceRequests } from "@/db/schema";
import { seedBuiltIns } from "@/db/seed/built-ins";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { OPEN_STATUSES } from "@/lib/service/types";
import { LARGE_CODE_PATTERN } from "./large";
import { seedLargeService } from "./large-service";

/** Everything pinned: the seed, "now", the accounts' codes and creation times. */
const AS_OF = new Date("2026-12-03T00:00:00Z");
const CREATED = new Date("2025-06-01T02:00:00Z");
const ACCOUNTS = 300;

const fingerprint = async () =>
  (
    await db
      .select({
        id: serviceRequests.id,
        status: serviceRequests.status,
        received: serviceRequests.receivedAt,
      })
      .from(serviceRequests)
      .orderBy(asc(serviceRequests.id))
  ).map((r) => `${r.id} ${r.status} ${r.received.toISOString()}`);

test("seed:large service requests: about three per account, the promised shares and histories, the same for one seed", async () => {
  await truncateAll();
  await seedBuiltIns(db);
  const owner = await createUser("manager");
  await createUser("director");
  await createUser("executive");
  await db.insert(accounts).values(
    Array.from({ length: ACCOUNTS }, (_, i) => ({
      code: `n0101${String(i + 1).padStart(6, "0")}`,
      name: `Generated ${i}`,
      ownerId: owner.id,
      createdAt: CREATED,
    })),
  );
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  const opts = {
    pattern: LARGE_CODE_PATTERN,
    asOf: AS_OF,
    timeZone: "Asia/Shanghai",
    seed: 17,
    log: () => {},
  };
  try {
    const first = await seedLargeService(sql, opts);
    // 0–6 per account, three on average.
    expect(first.requests).toBeGreaterThan(ACCOUNTS * 2.5);
    expect(first.requests).toBeLessThan(ACCOUNTS * 3.5);
    // A second run keeps what is there.
    expect(await seedLargeService(sql, opts)).toEqual({ requests: 0, escalations: 0 });

    // The same seed gives the same requests (ids included), whatever the clock says.
    const before = await fingerprint();
    await db.execute(dsql`truncate service_requests, escalation_log cascade`);
    expect(await seedLargeService(sql, opts)).toEqual(first);
    expect(await fingerprint()).toEqual(before);
  } finally {
    await sql.end();
  }

  const requests = await db.select().from(serviceRequests);
  const share = (pred: (r: (typeof requests)[number]) => boolean, of = requests) =>
    of.filter(pred).length / of.length;
  // Types as promised: enquiries 35 %, complaints 20 %, repairs 30 %, suggestions 15 %.
  expect(share((r) => r.type === "enquiry")).toBeCloseTo(0.35, 1);
  expect(share((r) => r.type === "complaint")).toBeCloseTo(0.2, 1);
  expect(share((r) => r.type === "repair")).toBeCloseTo(0.3, 1);
  // Nothing after "now" or before the account existed; owned by the account's manager.
  expect(requests.every((r) => r.receivedAt >= CREATED && r.receivedAt < AS_OF)).toBe(true);
  expect(requests.every((r) => r.ownerId === owner.id)).toBe(true);
  for (const r of requests) {
    if (r.firstRespondedAt) expect(r.firstRespondedAt <= AS_OF).toBe(true);
    if (r.resolvedAt) {
      expect(r.resolvedAt <= AS_OF).toBe(true);
      expect(r.firstRespondedAt! <= r.resolvedAt).toBe(true);
    }
    if (r.closedAt) expect(r.closedAt <= AS_OF && r.status === "closed").toBe(true);
  }
  // Most first responses in time (85 % drawn within budget), some late.
  const answered = requests.filter((r) => r.firstRespondedAt);
  const inTime = share((r) => r.firstRespondedAt! <= r.firstResponseDueAt, answered);
  expect(inTime).toBeGreaterThan(0.75);
  expect(inTime).toBeLessThan(0.95);
  // Mostly closed history, recent ones still open; open ones (only) have a next look or none left.
  const open = requests.filter((r) => (OPEN_STATUSES as readonly string[]).includes(r.status));
  expect(share((r) => r.status === "closed")).toBeGreaterThan(0.8);
  expect(open.length).toBeGreaterThan(0);
  expect(open.length / requests.length).toBeLessThan(0.1);
  expect(open.some((r) => r.status === "waiting_on_customer" && r.slaRunningSince === null)).toBe(
    true,
  );
  expect(
    requests.every(
      (r) => (OPEN_STATUSES as readonly string[]).includes(r.status) || !r.nextEscalationAt,
    ),
  ).toBe(true);

  // Escalations: each step at most once per request, fired by "now", on late requests.
  const log = await db.select().from(escalationLog);
  expect(log.length).toBeGreaterThan(0);
  expect(new Set(log.map((l) => `${l.requestId} ${l.stepId}`)).size).toBe(log.length);
  expect(log.every((l) => l.firedAt <= AS_OF)).toBe(true);
  const byId = new Map(requests.map((r) => [r.id, r]));
  for (const l of log.filter((e) => e.clock === "first_response")) {
    const r = byId.get(l.requestId)!;
    expect(!r.firstRespondedAt || r.firstRespondedAt > r.firstResponseDueAt).toBe(true);
  }
});
