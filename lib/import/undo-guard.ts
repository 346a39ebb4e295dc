import "server-only";
import { sql } from "drizzle-orm";
import type { Tx } from "@/db";

type Blocker = "changed" | "attached";

/** Tables with a foreign key to `table` (found in the catalog, so new child tables count too). */
async function referencing(tx: Tx, table: string) {
  return tx.execute<{ tbl: string; col: string }>(sql`
    select cl.relname as tbl, a.attname as col
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    where c.contype = 'f' and c.confrelid = ${table}::regclass`);
}

/**
 * Why undo must not run, or null. The rule: undo refuses when any customer the import
 * created or updated was changed since (its version is not the one the import left, or
 * another import touched it last), when anything was attached to a customer it created
 * (activities, tasks, service requests, contacts, stage moves… — any row pointing at it
 * besides the import's own contacts and its creation), or when anything points at a
 * contact it added. Undo then deletes or overwrites only what the import itself wrote.
 */
export async function undoBlocker(tx: Tx, importId: string): Promise<Blocker | null> {
  const [changed] = await tx.execute<{ n: number }>(sql`
    select count(*)::int as n
    from (select account_id,
            case when bool_or(action = 'created') then 1
                 else min((previous->>'version')::int) end
            + count(*) filter (where action = 'updated') as version
          from import_rows where import_id = ${importId} and action in ('created', 'updated')
          group by account_id) e
    join accounts a on a.id = e.account_id
    where a.version <> e.version or a.import_id is distinct from ${importId}`);
  if (changed!.n > 0) return "changed";

  const created = sql`(select account_id from import_rows
    where import_id = ${importId} and action = 'created')`;
  const added = sql`(select id from stakeholders where import_id = ${importId})`;
  const checks = [];
  for (const { tbl, col } of await referencing(tx, "accounts")) {
    const extra =
      tbl === "stakeholders"
        ? sql` and import_id is distinct from ${importId}`
        : tbl === "stage_transitions"
          ? sql` and kind <> 'create'`
          : sql``;
    checks.push(
      sql`select 1 from ${sql.identifier(tbl)} where ${sql.identifier(col)} in ${created}${extra}`,
    );
  }
  for (const { tbl, col } of await referencing(tx, "stakeholders"))
    checks.push(sql`select 1 from ${sql.identifier(tbl)} where ${sql.identifier(col)} in ${added}`);
  if (!checks.length) return null;
  const [attached] = await tx.execute<{ found: boolean }>(
    sql`select exists (${sql.join(checks, sql` union all `)}) as found`,
  );
  return attached!.found ? "attached" : null;
}
