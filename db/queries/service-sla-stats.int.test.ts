import { eq, inArray, sql } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, serviceRequests, serviceSlaStats } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import type { Actor } from "@/lib/policy";
import { SERVICE_STATUSES, type ServiceStatus } from "@/lib/service/types";
import { slaAttainment, slaAttainmentFromRows } from "./dashboards-service";

const HOUR = 3_600_000;
/** 1 November 2026 00:00 in Shanghai; requests fall in the 90 days after it. */
const T0 = Date.parse("2026-10-31T16:00:00Z");
const at = (hours: number) => new Date(T0 + hours * HOUR);

let director: Actor;
let owners: string[] = [];
let accountIds: string[] = [];
/** Request ids in insert order, so a generated pick names the same request every run. */
let serial = 0;
const nextId = () => `00000000-0000-4000-8000-${String(++serial).padStart(12, "0")}`;

/** A request's columns that the stats count, from a few generated numbers. */
const requestArb = fc.record({
  account: fc.nat(2),
  owner: fc.nat(2),
  receivedHour: fc.integer({ min: -48, max: 24 * 90 }),
  status: fc.constantFrom(...(SERVICE_STATUSES as readonly ServiceStatus[])),
  respondedAfter: fc.option(fc.integer({ min: 0, max: 24 }), { nil: null }),
  frBudget: fc.integer({ min: 1, max: 12 }),
  usedHours: fc.integer({ min: 0, max: 20 }),
  running: fc.boolean(),
  resDueAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  resolvedAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
});
type Gen = typeof requestArb extends fc.Arbitrary<infer T> ? T : never;

const columns = (g: Gen) => ({
  accountId: accountIds[g.account]!,
  ownerId: g.owner === 2 ? null : owners[g.owner]!,
  subject: "s",
  channel: "phone" as const,
  type: "complaint" as const,
  receivedAt: at(g.receivedHour),
  status: g.status,
  firstRespondedAt: g.respondedAfter === null ? null : at(g.receivedHour + g.respondedAfter),
  firstResponseDueAt: at(g.receivedHour + g.frBudget),
  slaFirstResponseHours: g.frBudget,
  slaResolutionHours: 10,
  slaUsedSeconds: g.usedHours * 3600,
  slaRunningSince: g.running ? at(g.receivedHour) : null,
  resolutionDueAt: g.resDueAfter === null ? null : at(g.receivedHour + g.resDueAfter),
  resolvedAt: g.resolvedAfter === null ? null : at(g.receivedHour + g.resolvedAfter),
});

const opArb = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), rows: fc.array(requestArb, { maxLength: 6 }) }),
  fc.record({ kind: fc.constant("update" as const), pick: fc.nat(), row: requestArb }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("nextLook" as const), hours: fc.integer({ min: 0, max: 99 }) }),
  fc.record({ kind: fc.constant("deleteAccount" as const), pick: fc.nat(2) }),
);

const stored = async () =>
  (await db.select().from(serviceSlaStats))
    .map((r) =>
      JSON.stringify({ ...r, frDue: r.frDue?.toISOString(), resDue: r.resDue?.toISOString() }),
    )
    .sort();

beforeAll(async () => {
  await truncateAll();
  director = (await createUser("director"))!;
  owners = [(await createUser("manager"))!.id, (await createUser("manager"))!.id];
});

describe("service SLA stats (migration 0039)", () => {
  test("equal a recount from the requests after random inserts, updates, deletes and account deletes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 24 * 100 }),
        fc.integer({ min: 0, max: 80 }),
        async (ops, nowHour, fromDay) => {
          await db.execute(sql`truncate service_requests, service_sla_stats, accounts cascade`);
          accountIds = [];
          for (let i = 0; i < 3; i++) {
            const [row] = await db
              .insert(accounts)
              .values({ code: `A${i}`, name: `Account ${i}`, ownerId: owners[i % 2]! })
              .returning({ id: accounts.id });
            accountIds.push(row!.id);
          }
          for (const op of ops) {
            const ids = (
              await db
                .select({ id: serviceRequests.id })
                .from(serviceRequests)
                .orderBy(serviceRequests.id)
            ).map((r) => r.id);
            if (op.kind === "insert") {
              const rows = op.rows.filter((g) => accountIds[g.account]);
              if (rows.length)
                await db
                  .insert(serviceRequests)
                  .values(rows.map((g) => ({ id: nextId(), ...columns(g) })));
            } else if (op.kind === "update" && ids.length && accountIds[op.row.account]) {
              await db
                .update(serviceRequests)
                .set(columns(op.row))
                .where(eq(serviceRequests.id, ids[op.pick % ids.length]!));
            } else if (op.kind === "delete" && ids.length) {
              await db
                .delete(serviceRequests)
                .where(eq(serviceRequests.id, ids[op.pick % ids.length]!));
            } else if (op.kind === "nextLook" && ids.length) {
              // The escalation sweep's write: counted values unchanged.
              await db
                .update(serviceRequests)
                .set({ nextEscalationAt: at(op.hours) })
                .where(inArray(serviceRequests.id, ids));
            } else if (op.kind === "deleteAccount" && accountIds[op.pick]) {
              await db.delete(accounts).where(eq(accounts.id, accountIds[op.pick]!));
              accountIds[op.pick] = "";
            }
          }
          // The table as the triggers left it equals a rebuild from the rows …
          const kept = await stored();
          await db.execute(sql`select service_sla_stats_rebuild()`);
          expect(kept).toEqual(await stored());
          expect(kept.every((r) => JSON.parse(r).requests > 0)).toBe(true);
          // … and the dashboard reads from it what the raw query counts, at any `now`.
          const from = new Date(T0 + fromDay * 24 * HOUR + 8 * HOUR).toISOString().slice(0, 10);
          const args = {
            actor: director,
            filters: { from, to: "2027-01-31" },
            now: at(nowHour),
          };
          const fromRows = (await slaAttainmentFromRows(args)).map((r) => ({ ...r }));
          const fromStats = await slaAttainment(args);
          expect(
            fromStats.map((r) => [
              r.month,
              r.ownerId,
              r.requests,
              r.firstResponseMet,
              r.firstResponseMissed,
              r.resolutionMet,
              r.resolutionMissed,
            ]),
          ).toEqual(
            fromRows.map((r) => [
              r.month,
              r.owner_id,
              r.requests,
              r.fr_met,
              r.fr_missed,
              r.res_met,
              r.res_missed,
            ]),
          );
        },
      ),
      // The same cases every run (as the activity stats' test): CI must not meet a new one.
      { numRuns: 40, seed: 20261203 },
    );
  }, 120_000);
});
