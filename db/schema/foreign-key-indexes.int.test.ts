import { sql } from "drizzle-orm";
import { expect, test } from "vitest";
import { db } from "@/db";

/**
 * A foreign key whose parent's delete cascades or sets null makes PostgreSQL look up the
 * child rows once per deleted parent row. Without an index on the child column each
 * look-up reads the whole child table: undoing a 100k-row import on the 100k dataset
 * read escalation_log, orders and survey_answers in full for every customer and contact.
 */
test("every foreign key that cascades or sets null on delete has an index on its column", async () => {
  const missing = await db.execute<{ fk: string }>(sql`
    select c.conrelid::regclass || '.' || a.attname as fk
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    join pg_class t on t.oid = c.conrelid
    join pg_namespace n on n.oid = t.relnamespace
    -- Our schema only: pg-boss keeps its own tables in 'pgboss' once a jobs test has run.
    where n.nspname = 'public' and c.contype = 'f' and c.confdeltype in ('c', 'n', 'd')
      and not exists (select 1 from pg_index i
        where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
    order by 1`);
  expect(missing.map((m) => m.fk)).toEqual([]);
});
