import "server-only";
import type postgres from "postgres";
import { client } from "@/db";
import { DuplicateIndex, keysOf, type MatchFields } from "./duplicates";
import { timed } from "./profile";

/** Customers read, and keys written, per statement. */
const KEY_BATCH = 5000;

/** Ranks of a key's holder: a customer's current field, a customer's old code, a row of the file. */
const CUSTOMER = 0;
const OLD_CODE = 1;
const ROW = 2;

type KeyRow = { rule: string; key: string; id: string | null; rank: number; row: number };

/**
 * The duplicate keys of one dry run, on the database side: a temporary table on a
 * connection of its own holding every customer's keys (code and old codes, e-mail,
 * phone, name key — made by the same functions as the file's, the customers read
 * through a cursor) and, as the dry run goes, the keys of each row it accepted. A batch
 * of the file asks only for its own keys (`batchIndex`), so the dry run holds one
 * batch in memory, never every customer or every row. The table goes with `close`
 * (or with the connection).
 */
export class MatchKeys {
  private constructor(private readonly conn: postgres.ReservedSql) {}

  static async open(): Promise<MatchKeys> {
    const conn = await client.reserve();
    const keys = new MatchKeys(conn);
    try {
      await conn`drop table if exists import_match_keys`;
      await conn`create temporary table import_match_keys (
        rule text not null, key text not null, account_id uuid, rank int not null, row_no int not null)`;
      await timed("load customer keys", () => keys.loadCustomers());
      await conn`create index on import_match_keys (key, rule)`;
      await conn`analyze import_match_keys`;
    } catch (error) {
      await keys.close();
      throw error;
    }
    return keys;
  }

  private async write(rows: KeyRow[]) {
    if (!rows.length) return;
    await this.conn`
      insert into import_match_keys (rule, key, account_id, rank, row_no)
      select rule, key, id, rank, row from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as v(rule text, key text, id uuid, rank int, row int)`;
  }

  /** Every customer's keys (archived ones too) and every old code. */
  private async loadCustomers() {
    const customers = client`select id, code, phone, email, name from accounts`.cursor(KEY_BATCH);
    for await (const batch of customers) {
      await this.write(
        batch.flatMap((a) =>
          keysOf(a as unknown as MatchFields).map(([rule, key]) => ({
            rule,
            key,
            id: a.id as string,
            rank: CUSTOMER,
            row: 0,
          })),
        ),
      );
    }
    const oldCodes = client`select account_id, code from account_previous_codes`.cursor(KEY_BATCH);
    for await (const batch of oldCodes) {
      await this.write(
        batch.flatMap((c) =>
          keysOf({ code: c.code as string, email: "", phone: "", name: "" }).map(([rule, key]) => ({
            rule,
            key,
            id: c.account_id as string,
            rank: OLD_CODE,
            row: 0,
          })),
        ),
      );
    }
  }

  /**
   * An index holding, for each key of `batch`, who has it first: a customer before a
   * customer's old code before the earliest row accepted so far.
   */
  async batchIndex(batch: readonly MatchFields[]): Promise<DuplicateIndex> {
    const wanted = batch.flatMap((fields) => keysOf(fields).map(([rule, key]) => ({ rule, key })));
    const index = new DuplicateIndex();
    if (!wanted.length) return index;
    const found = await this.conn<{ rule: string; key: string; id: string | null; row: number }[]>`
      select distinct on (k.rule, k.key) k.rule, k.key, k.account_id as id, k.row_no as row
      from import_match_keys k
      join (select distinct rule, key from jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb)
            as w(rule text, key text)) w on w.key = k.key and w.rule = k.rule
      order by k.rule, k.key, k.rank, k.row_no`;
    for (const hit of found)
      index.putKey(hit.rule as keyof MatchFields, hit.key, hit.id ?? `row:${hit.row}`);
    return index;
  }

  /** Rows the dry run accepted: later rows with one of their keys repeat them. */
  async addRows(rows: readonly { rowNo: number; fields: MatchFields }[]) {
    await this.write(
      rows.flatMap(({ rowNo, fields }) =>
        keysOf(fields).map(([rule, key]) => ({ rule, key, id: null, rank: ROW, row: rowNo })),
      ),
    );
  }

  async close() {
    try {
      await this.conn`drop table if exists import_match_keys`;
    } finally {
      this.conn.release();
    }
  }
}
