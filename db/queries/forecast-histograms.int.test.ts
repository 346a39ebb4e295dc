import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, forecastHistograms, referenceItems, stageTransitions } from "@/db/schema";
import type { Grade } from "@/db/schema/accounts";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { bucketOf } from "@/lib/forecast/buckets";
import { nextStage, PIPELINE_STAGES, type Stage } from "@/lib/stages/stages";
import { loadHistogramRows } from "./forecast-histograms";

const DAY = 86_400_000;
let industries: number[] = [];
let ownerId: string;
let serial = 0;

/** The histograms recomputed from the transition log in TypeScript: the oracle. */
async function recomputed() {
  const rows = await db
    .select({
      accountId: stageTransitions.accountId,
      id: stageTransitions.id,
      from: stageTransitions.fromStage,
      to: stageTransitions.toStage,
      at: stageTransitions.at,
      industryId: accounts.industryId,
      grade: accounts.grade,
    })
    .from(stageTransitions)
    .innerJoin(accounts, eq(accounts.id, stageTransitions.accountId))
    .orderBy(stageTransitions.accountId, stageTransitions.at, stageTransitions.id);
  const cells = new Map<string, number>();
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    if (!prev || prev.accountId !== row.accountId || row.from === null) return;
    if (PIPELINE_STAGES.indexOf(prev.to as never) < 0 || prev.to === "execution") return;
    const bucket = bucketOf((row.at.getTime() - prev.at.getTime()) / DAY);
    const key = [row.industryId ?? 0, row.grade, prev.to, row.to, bucket].join("|");
    cells.set(key, (cells.get(key) ?? 0) + 1);
  });
  return [...cells].map(([k, n]) => `${k}=${n}`).sort();
}

async function stored() {
  const rows = await loadHistogramRows();
  const all = await db.select().from(forecastHistograms);
  // Cells that fell to zero are deleted, never kept negative or at 0.
  expect(all.every((r) => r.count > 0)).toBe(true);
  expect(all.length).toBe(rows.length);
  return rows
    .map((r) => `${[r.industryId, r.grade, r.stage, r.next, r.bucket].join("|")}=${r.count}`)
    .sort();
}

async function newAccount(at: Date, industryId: number | null, grade: Grade) {
  const [row] = await db
    .insert(accounts)
    .values({
      code: `p${++serial}`,
      name: `客户 ${serial}`,
      ownerId,
      industryId,
      grade,
      stageEnteredAt: at,
    })
    .returning({ id: accounts.id });
  await db
    .insert(stageTransitions)
    .values({ accountId: row!.id, toStage: "stakeholders", kind: "create", at });
  return row!.id;
}

/** A move written as the stage action writes it: close the open stay, add the new one. */
async function moveTo(
  id: string,
  to: Stage,
  kind: "forward" | "back" | "drop" | "churn" | "reopen",
  at: Date,
) {
  await db.transaction(async (tx) => {
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, id));
    await tx
      .update(stageTransitions)
      .set({
        exitedAt: at,
        durationDays: sql`extract(epoch from (${at.toISOString()}::timestamptz - ${stageTransitions.at})) / 86400`,
      })
      .where(sql`${stageTransitions.accountId} = ${id} and ${stageTransitions.exitedAt} is null`);
    await tx
      .insert(stageTransitions)
      .values({ accountId: id, fromStage: account!.stage, toStage: to, kind, at });
    await tx.update(accounts).set({ stage: to, stageEnteredAt: at }).where(eq(accounts.id, id));
  });
}

const GRADES: Grade[] = ["important", "normal", "potential"];
const step = fc.oneof(
  fc.record({
    op: fc.constant("move" as const),
    who: fc.nat(3),
    pick: fc.nat(9),
    days: fc.double({ min: 0, max: 400, noNaN: true }),
  }),
  fc.record({
    op: fc.constant("segment" as const),
    who: fc.nat(3),
    industry: fc.nat(2),
    grade: fc.nat(2),
  }),
  fc.record({ op: fc.constant("delete" as const), who: fc.nat(3) }),
);

beforeAll(async () => {
  await truncateAll();
  ownerId = (await createUser("manager")).id;
  const rows = await db
    .insert(referenceItems)
    .values(
      [1, 2].map((n) => ({
        kind: "industry" as const,
        code: `i${n}`,
        nameEn: `I${n}`,
        nameZh: `行业${n}`,
      })),
    )
    .returning({ id: referenceItems.id });
  industries = rows.map((r) => r.id);
});

describe("forecast histograms", () => {
  test("equal a recomputation from the transition log after random moves, back-moves, drops, reopenings, segment changes and deletes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 40 }), async (steps) => {
        await db.delete(accounts);
        let clock = Date.UTC(2025, 0, 1);
        const ids: string[] = [];
        for (let i = 0; i < 4; i++)
          ids.push(await newAccount(new Date(clock), industries[i % 2]!, GRADES[i % 3]!));
        for (const s of steps) {
          const id = ids[s.who]!;
          if (s.op === "segment") {
            const industryId = s.industry === 2 ? null : industries[s.industry]!;
            await db
              .update(accounts)
              .set({ industryId, grade: GRADES[s.grade]! })
              .where(eq(accounts.id, id));
          } else if (s.op === "delete") {
            await db.delete(accounts).where(eq(accounts.id, id));
            ids[s.who] = await newAccount(new Date(clock), industries[0]!, "normal");
          } else {
            clock += s.days * DAY;
            const [{ stage }] = (await db
              .select({ stage: accounts.stage })
              .from(accounts)
              .where(eq(accounts.id, id))) as [{ stage: Stage }];
            const at = new Date(clock);
            if (stage === "dropped" || stage === "churned")
              await moveTo(id, "stakeholders", "reopen", at);
            else if (stage === "execution") await moveTo(id, "churned", "churn", at);
            else if (s.pick < 5) await moveTo(id, nextStage(stage)!, "forward", at);
            else if (s.pick < 8 && stage !== "stakeholders") {
              const back = PIPELINE_STAGES[s.pick % PIPELINE_STAGES.indexOf(stage)]!;
              await moveTo(id, back, "back", at);
            } else await moveTo(id, "dropped", "drop", at);
          }
        }
        expect(await stored()).toEqual(await recomputed());
      }),
      { numRuns: 25, seed: 19 },
    );
  }, 120_000);

  test("are rebuilt from the log by the migration's backfill", async () => {
    const migration = readFileSync("db/migrations/0025_forecast.sql", "utf8");
    const backfill = migration.split("--> statement-breakpoint").at(-1)!;
    expect(backfill).toContain("INSERT INTO forecast_histograms");
    const before = await stored();
    expect(before.length).toBeGreaterThan(0);
    await db.delete(forecastHistograms);
    await db.execute(sql.raw(backfill));
    expect(await stored()).toEqual(before);
  });
});
