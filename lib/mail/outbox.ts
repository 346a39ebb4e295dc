import "server-only";
import { lt } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { outbox } from "@/db/schema";

/** Housekeeping: outbox rows written before `before` go, whatever their status. */
export async function purgeOutbox(tx: Tx | Db, before: Date): Promise<number> {
  const rows = await tx
    .delete(outbox)
    .where(lt(outbox.createdAt, before))
    .returning({ id: outbox.id });
  return rows.length;
}
