import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { columnName } from "./fields";
import type { ContactInput } from "./rows";

export function contactValues(
  contact: ContactInput,
  accountId: string,
  importId: string,
  primary: boolean,
) {
  return { ...contact, id: randomUUID(), accountId, importId, isPrimary: primary };
}

/** Rows as one JSON parameter with the table's column names (one bind, not one per value). */
export const asRecords = (rows: readonly Record<string, unknown>[]) =>
  JSON.stringify(
    rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([key, value]) => [columnName(key), value])),
    ),
  );

/** `insert into <table> (<the rows' columns>) select … from jsonb_populate_recordset` in one statement. */
export async function insertRecords(tx: Tx, table: "accounts" | "stakeholders", rows: object[]) {
  if (!rows.length) return;
  const keys = Object.entries(rows[0]!).filter(([, value]) => value !== undefined);
  const columns = keys.map(([key]) => sql.identifier(columnName(key)));
  const list = sql.join(columns, sql`, `);
  await tx.execute(sql`
    insert into ${sql.identifier(table)} (${list})
    select ${list} from jsonb_populate_recordset(null::${sql.identifier(table)},
      ${asRecords(rows as Record<string, unknown>[])}::jsonb)`);
}
