import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import type { accounts, stakeholders } from "@/db/schema";
import { nextCodeBatches } from "@/lib/accounts/next-code";
import type { Context, Outcome, RowToApply } from "./apply-types";
import { contactValues, insertRecords } from "./insert-records";
import { timed } from "./profile";
import type { AccountInput } from "./rows";

/** New customers of a batch, their first stage rows and contacts: one statement per table. */
export async function createAccounts(tx: Tx, ctx: Context, rows: RowToApply[], out: Outcome[]) {
  if (!rows.length) return;
  // Codes as the new-account form makes them (its counters), every grade and area at once.
  const groups = new Map<string, typeof rows>();
  for (const item of rows) {
    const key = `${item.account.grade}|${ctx.areaCodes.get(item.account.areaId)}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const requests = [...groups].map(([key, group]) => {
    const [grade, area] = key.split("|") as [AccountInput["grade"], string];
    return { grade, area, count: group.length };
  });
  // In a short transaction of its own: the counters' rows are locked only while they
  // move on, not until the whole batch commits, so another import (or the new-account
  // form) taking codes of the same grade and area does not wait for this batch. A batch
  // that fails leaves its codes unused, a gap in the serials as a sequence leaves one.
  const codes = await timed("codes", () => db.transaction((own) => nextCodeBatches(own, requests)));
  const now = ctx.now;
  const values: (typeof accounts.$inferInsert)[] = [];
  const contacts: (typeof stakeholders.$inferInsert)[] = [];
  [...groups.values()].forEach((group, g) =>
    group.forEach((item, i) => {
      const id = randomUUID();
      values.push({
        ...item.account,
        id,
        code: codes[g]![i]!,
        ownerId: ctx.record.ownerId,
        createdById: ctx.record.createdById,
        importId: ctx.record.id,
        stageEnteredAt: now,
        // What the creation's stage row below makes it: set here, the stage trigger
        // has nothing to update (it would write every new customer a second time).
        furthestStage: "stakeholders",
        createdAt: now,
      });
      const contact = item.contact && contactValues(item.contact, id, ctx.record.id, true);
      if (contact) contacts.push(contact);
      out.push({
        row_no: item.row.rowNo,
        state: "applied",
        action: "created",
        account_id: id,
        stakeholder_id: contact?.id ?? null,
        previous: null,
      });
    }),
  );
  await timed("insert accounts", () => insertRecords(tx, "accounts", values));
  await timed("insert transitions", () =>
    tx.execute(sql`
      insert into stage_transitions (account_id, to_stage, kind, at, by_id)
      select t.id::uuid, 'stakeholders', 'create', ${now.toISOString()}::timestamptz,
        ${ctx.record.createdById}::uuid
      from jsonb_array_elements_text(${JSON.stringify(values.map((v) => v.id))}::jsonb) as t(id)`),
  );
  await timed("insert contacts", () => insertRecords(tx, "stakeholders", contacts));
}
