import "server-only";
import { sql } from "drizzle-orm";
import type { Tx } from "@/db";
import type { Grade } from "@/db/schema";
import { codePrefix, customerCode } from "./code";

/** How many new codes one grade + area needs. */
export type CodeRequest = { grade: Grade; area: string; count: number };

/**
 * The next free customer codes for several grade + area prefixes at once, in the
 * requests' order: each prefix's counter moves on by what it still needs (all of them
 * in one statement), and serials a director already used by hand are skipped (one
 * look-up for all candidates), until every request has its count. The new-account form
 * takes one code; an import takes a batch's worth for every prefix in two statements.
 */
export async function nextCodeBatches(tx: Tx, requests: readonly CodeRequest[]) {
  const prefixes = requests.map((r) => codePrefix(r.grade, r.area));
  if (new Set(prefixes).size !== prefixes.length) throw new Error("One request per prefix");
  const codes = requests.map(() => [] as string[]);
  for (let attempt = 0; attempt < 50; attempt++) {
    const open = requests
      .map((r, i) => ({ ...r, i, prefix: prefixes[i]!, need: r.count - codes[i]!.length }))
      .filter((r) => r.need > 0);
    if (!open.length) return codes;
    const counters = await tx.execute<{ prefix: string; last: string }>(sql`
      insert into code_counters (prefix, last)
      select prefix, need
      from jsonb_to_recordset(${JSON.stringify(open.map(({ prefix, need }) => ({ prefix, need })))}::jsonb)
        as v(prefix text, need bigint)
      on conflict (prefix) do update set last = code_counters.last + excluded.last
      returning prefix, last`);
    const last = new Map(counters.map((c) => [c.prefix, Number(c.last)]));
    const candidates = open.map((r) =>
      Array.from({ length: r.need }, (_, k) =>
        customerCode(r.grade, r.area, last.get(r.prefix)! - r.need + 1 + k),
      ),
    );
    const taken = await tx.execute<{ code: string }>(sql`
      select code from accounts
      where code in (select jsonb_array_elements_text(${JSON.stringify(candidates.flat())}::jsonb))`);
    const used = new Set(taken.map((t) => t.code));
    open.forEach((r, k) => codes[r.i]!.push(...candidates[k]!.filter((c) => !used.has(c))));
  }
  const short = requests.findIndex((r, i) => codes[i]!.length < r.count);
  if (short >= 0) throw new Error(`No free customer code for ${prefixes[short]}`);
  return codes;
}

/** The next `count` free customer codes for grade + area. */
export const nextCodes = async (tx: Tx, grade: Grade, area: string, count: number) =>
  (await nextCodeBatches(tx, [{ grade, area, count }]))[0]!;

/** The next free code for grade + area (the new-account form, a change of grade). */
export const nextCode = async (tx: Tx, grade: Grade, area: string) =>
  (await nextCodes(tx, grade, area, 1))[0]!;
