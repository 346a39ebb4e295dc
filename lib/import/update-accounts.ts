import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db";
import { accounts, stakeholders, type ImportRow } from "@/db/schema";
import { accountTeamIds } from "@/db/queries/accounts";
import { can } from "@/lib/policy";
import type { Context, Outcome, RowToApply } from "./apply-types";
import { ACCOUNT_TARGETS, columnName } from "./fields";
import { contactValues } from "./insert-records";
import type { AccountInput } from "./rows";

/** Account fields an update may change: those the row has a value for (grade and area stay, as they make the code). */
const UPDATABLE = ACCOUNT_TARGETS.filter((t) => !["code", "grade", "area"].includes(t)).map(
  (t) => (({ industry: "industryId", source: "sourceId" }) as Record<string, string>)[t] ?? t,
) as (keyof AccountInput)[];

/**
 * Existing customers a batch's rows update (only the fields a row has a value for, and
 * only where the importer may change the customer; else the row is skipped), each with
 * the values it replaced, and the row's contact added beside their contacts.
 */
export async function updateAccounts(tx: Tx, ctx: Context, rows: RowToApply[], out: Outcome[]) {
  if (!rows.length) return;
  const ids = [...new Set(rows.map((r) => r.row.matchAccountId!))];
  const current = await tx.select().from(accounts).where(inArray(accounts.id, ids)).for("update");
  const team = await accountTeamIds(tx, ids);
  const byId = new Map(current.map((a) => [a.id, a]));
  for (const item of rows) {
    const existing = byId.get(item.row.matchAccountId!);
    const resource = existing && {
      ownerId: existing.ownerId,
      teamMemberIds: team.filter((t) => t.accountId === existing.id).map((t) => t.userId),
    };
    if (!existing || !can(ctx.actor, "account.update", resource)) {
      out.push({
        row_no: item.row.rowNo,
        state: "skipped",
        action: "skipped",
        account_id: null,
        stakeholder_id: null,
        previous: null,
      });
      continue;
    }
    // Only the fields the row has a value for; blank cells keep what is there.
    const fields = UPDATABLE.filter((f) => {
      const target = f === "industryId" ? "industry" : f === "sourceId" ? "source" : f;
      return !!item.row.values[target as keyof ImportRow["values"]];
    });
    const previous: Record<string, unknown> = {
      import_id: existing.importId,
      version: existing.version,
    };
    const set: Record<string, unknown> = {};
    for (const f of fields) {
      previous[columnName(f)] = existing[f as keyof typeof existing];
      set[f] = item.account[f];
    }
    const [after] = await tx
      .update(accounts)
      .set({ ...set, importId: ctx.record.id, version: existing.version + 1 })
      .where(eq(accounts.id, existing.id))
      .returning({ version: accounts.version });
    existing.version = after!.version;
    let stakeholderId: string | null = null;
    if (item.contact) {
      const contact = contactValues(item.contact, existing.id, ctx.record.id, false);
      await tx.insert(stakeholders).values(contact);
      stakeholderId = contact.id;
    }
    out.push({
      row_no: item.row.rowNo,
      state: "applied",
      action: "updated",
      account_id: existing.id,
      stakeholder_id: stakeholderId,
      previous,
    });
  }
}
