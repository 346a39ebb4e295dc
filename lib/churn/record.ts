import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { churnCases, type ChurnCase } from "@/db/schema";
import type { AuditEntry } from "@/lib/actions/audit";
import type { ChurnType, Stage } from "@/lib/stages/stages";
import { churnMoveEffect, OPEN_CHURN_STATUSES, type OpenChurnStatus } from "./flow";

/** What an audit row of a case keeps: enough for the history line and for a later report. */
export const caseSummary = (
  c: Pick<
    ChurnCase,
    "status" | "churnType" | "lostYearlyRevenueMinor" | "currency" | "evidence" | "note"
  >,
) => ({
  status: c.status,
  churnType: c.churnType,
  lostYearlyRevenueMinor: c.lostYearlyRevenueMinor,
  currency: c.currency,
  evidence: c.evidence,
  note: c.note,
});

/** The account's open case (locked for the transaction), if any. */
export async function openCaseOf(tx: Tx, accountId: string) {
  const [row] = await tx
    .select()
    .from(churnCases)
    .where(
      and(
        eq(churnCases.accountId, accountId),
        inArray(churnCases.status, [...OPEN_CHURN_STATUSES]),
      ),
    )
    .for("update");
  return row ?? null;
}

/**
 * The churn case side of a stage move, in the move's transaction: a churn opens a
 * churned case (or advances the at-risk one) with its type, lost yearly revenue and
 * evidence; reopening a churned account closes its case as recovered.
 */
export async function applyMoveToChurnCase(
  tx: Tx,
  move: {
    accountId: string;
    kind: string;
    from: Stage;
    at: Date;
    actorId: string;
    churnType?: ChurnType;
    lostYearlyRevenueMinor: number | null;
    evidence: string;
    note: string;
  },
  audit: (entry: AuditEntry) => Promise<void>,
) {
  const open = await openCaseOf(tx, move.accountId);
  const effect = churnMoveEffect(
    { kind: move.kind, from: move.from },
    open ? { status: open.status as OpenChurnStatus } : null,
  );
  if (effect.kind === "none") return;
  let row: ChurnCase;
  if (effect.kind === "open") {
    [row] = (await tx
      .insert(churnCases)
      .values({
        accountId: move.accountId,
        status: "churned",
        churnType: move.churnType ?? null,
        lostYearlyRevenueMinor: move.lostYearlyRevenueMinor,
        evidence: move.evidence,
        note: move.note,
        churnedAt: move.at,
        openedById: move.actorId,
      })
      .returning()) as [ChurnCase];
  } else if (effect.kind === "advance") {
    [row] = (await tx
      .update(churnCases)
      .set({
        status: "churned",
        churnType: move.churnType ?? open!.churnType,
        lostYearlyRevenueMinor: move.lostYearlyRevenueMinor ?? open!.lostYearlyRevenueMinor,
        evidence: move.evidence || open!.evidence,
        note: move.note,
        churnedAt: move.at,
        version: sql`${churnCases.version} + 1`,
      })
      .where(eq(churnCases.id, open!.id))
      .returning()) as [ChurnCase];
  } else {
    [row] = (await tx
      .update(churnCases)
      .set({
        status: "recovered",
        note: move.note,
        closedAt: move.at,
        version: sql`${churnCases.version} + 1`,
      })
      .where(eq(churnCases.id, open!.id))
      .returning()) as [ChurnCase];
  }
  await audit({
    entity: "churnCase",
    action: effect.kind === "close" ? "recover" : "churn",
    entityId: row.id,
    accountId: move.accountId,
    before: open ? caseSummary(open) : undefined,
    after: caseSummary(row),
  });
}
