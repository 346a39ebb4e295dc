import "server-only";
import { aliasedTable, and, asc, eq, inArray } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { accounts, accountTeam, referenceItems, users } from "@/db/schema";
import type { Actor } from "@/lib/policy";
import { industry, overdueSql, owner } from "./accounts-shared";
import { expectedDaysForRequest } from "./stage-settings";
import { visibleAccounts } from "./visibility";

/** One account: its page's detail, and the owner and team the policy reads in an action. */

/** One account with its reference labels and team, or null when the caller may not see it. */
export async function getAccount({ actor, id }: { actor: Actor; id: string }) {
  const expected = await expectedDaysForRequest();
  const source = aliasedTable(referenceItems, "source");
  const area = aliasedTable(referenceItems, "area");
  const [row] = await db
    .select({
      account: accounts,
      ownerName: owner.name,
      industry: { nameEn: industry.nameEn, nameZh: industry.nameZh },
      source: { nameEn: source.nameEn, nameZh: source.nameZh },
      area: { code: area.code, nameEn: area.nameEn, nameZh: area.nameZh },
      overdue: overdueSql(expected),
    })
    .from(accounts)
    .leftJoin(owner, eq(owner.id, accounts.ownerId))
    .leftJoin(industry, eq(industry.id, accounts.industryId))
    .leftJoin(source, eq(source.id, accounts.sourceId))
    .leftJoin(area, eq(area.id, accounts.areaId))
    .where(and(eq(accounts.id, id), visibleAccounts(actor)))
    .limit(1);
  if (!row) return null;
  const team = await db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(accountTeam)
    .innerJoin(users, eq(users.id, accountTeam.userId))
    .where(eq(accountTeam.accountId, id))
    .orderBy(asc(users.name));
  return { ...row, team };
}
export type AccountDetail = NonNullable<Awaited<ReturnType<typeof getAccount>>>;

/** The account as the policy sees it (owner + team), locked for the rest of the transaction. */
export async function lockAccountForPolicy(tx: Tx, id: string) {
  const [row] = await tx.select().from(accounts).where(eq(accounts.id, id)).for("update");
  if (!row) return null;
  const team = await tx
    .select({ userId: accountTeam.userId })
    .from(accountTeam)
    .where(eq(accountTeam.accountId, id));
  return { account: row, teamMemberIds: team.map((t) => t.userId) };
}

export async function accountTeamIds(tx: Tx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx.select().from(accountTeam).where(inArray(accountTeam.accountId, ids));
}
