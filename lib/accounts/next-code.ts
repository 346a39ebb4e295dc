import "server-only";
import { inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db";
import { accounts, codeCounters, type Grade } from "@/db/schema";
import { codePrefix, customerCode } from "./code";

/**
 * The next `count` free customer codes for grade + area, from the prefix's counter
 * (one statement however many), skipping serials a director already used by hand.
 * The new-account form takes one; an import takes a batch's worth at once.
 */
export async function nextCodes(tx: Tx, grade: Grade, area: string, count: number) {
  const prefix = codePrefix(grade, area);
  const codes: string[] = [];
  for (let attempt = 0; codes.length < count && attempt < 50; attempt++) {
    const need = count - codes.length;
    const [counter] = await tx
      .insert(codeCounters)
      .values({ prefix, last: need })
      .onConflictDoUpdate({
        target: codeCounters.prefix,
        set: { last: sql`${codeCounters.last} + ${need}` },
      })
      .returning();
    const candidates = Array.from({ length: need }, (_, i) =>
      customerCode(grade, area, counter!.last - need + 1 + i),
    );
    const taken = new Set(
      (
        await tx
          .select({ code: accounts.code })
          .from(accounts)
          .where(inArray(accounts.code, candidates))
      ).map((r) => r.code),
    );
    codes.push(...candidates.filter((c) => !taken.has(c)));
  }
  if (codes.length < count) throw new Error(`No free customer code for ${prefix}`);
  return codes;
}

/** The next free code for grade + area (the new-account form, a change of grade). */
export const nextCode = async (tx: Tx, grade: Grade, area: string) =>
  (await nextCodes(tx, grade, area, 1))[0]!;
