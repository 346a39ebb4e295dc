import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { referenceItems, type ReferenceKind } from "@/db/schema";

/** Reference items of one kind for selects (active only unless `all`). */
export async function listReferenceItems({
  kind,
  all = false,
}: { kind?: ReferenceKind; all?: boolean } = {}) {
  return db
    .select()
    .from(referenceItems)
    .where(
      and(
        kind ? eq(referenceItems.kind, kind) : undefined,
        all ? undefined : eq(referenceItems.active, true),
      ),
    )
    .orderBy(asc(referenceItems.kind), asc(referenceItems.sortOrder), asc(referenceItems.code));
}
