import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { abcClassHistory, abcSettings, accounts, accountValue } from "@/db/schema";
import { DEFAULT_ABC_THRESHOLDS, type AbcBasis } from "@/lib/value/abc";
import type { Actor } from "@/lib/policy";
import { visibleAccounts } from "./visibility";

export type AbcSettingsView = {
  aShareBp: number;
  bShareBp: number;
  basis: AbcBasis;
  version: number;
  lastRunAt: Date | null;
  lastRunMs: number | null;
};

/** The ABC thresholds (the defaults until a director saves some). */
export async function getAbcSettings(tx: Tx | typeof db = db): Promise<AbcSettingsView> {
  const [row] = await tx.select().from(abcSettings).where(eq(abcSettings.id, 1));
  return row
    ? row
    : {
        aShareBp: DEFAULT_ABC_THRESHOLDS.aBp,
        bShareBp: DEFAULT_ABC_THRESHOLDS.bBp,
        basis: "revenue",
        version: 0,
        lastRunAt: null,
        lastRunMs: null,
      };
}

/** One account's value and class as of the latest recompute, if the caller sees it. */
export async function getAccountValue({ actor, accountId }: { actor: Actor; accountId: string }) {
  const [row] = await db
    .select({ value: accountValue, abcClass: accounts.abcClass })
    .from(accounts)
    .leftJoin(accountValue, eq(accountValue.accountId, accounts.id))
    .where(and(eq(accounts.id, accountId), visibleAccounts(actor)));
  return row ?? null;
}

/** An account's class changes, newest first. */
export async function accountClassHistory({
  actor,
  accountId,
  limit = 50,
}: {
  actor: Actor;
  accountId: string;
  limit?: number;
}) {
  return db
    .select({ change: abcClassHistory })
    .from(abcClassHistory)
    .innerJoin(accounts, eq(accounts.id, abcClassHistory.accountId))
    .where(and(eq(abcClassHistory.accountId, accountId), visibleAccounts(actor)))
    .orderBy(desc(abcClassHistory.at), desc(abcClassHistory.id))
    .limit(limit)
    .then((rows) => rows.map((r) => r.change));
}

/** Accounts and trailing revenue per class, over the accounts the caller sees. */
export async function abcSummary({ actor }: { actor: Actor }) {
  return db
    .select({
      abcClass: accounts.abcClass,
      accounts: sql<number>`count(*)::int`,
      revenueMinor: sql<number>`coalesce(sum(${accountValue.revenueMinor}), 0)::float8`,
    })
    .from(accounts)
    .leftJoin(accountValue, eq(accountValue.accountId, accounts.id))
    .where(visibleAccounts(actor))
    .groupBy(accounts.abcClass)
    .orderBy(accounts.abcClass);
}
