import "server-only";
import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type Tx } from "@/db";
import { relationshipReports as rr, users } from "@/db/schema";
import type { Quarter } from "@/lib/value/report-quarter";

const finalizer = alias(users, "finalizer");

/**
 * A quarter's customer relationship report record (the comments and their state),
 * with who saved and who finalised it; `null` before anyone saved it. Holds no
 * account data: who may read it is `relationshipReport.read` (the page checks).
 */
export async function getRelationshipReport(quarter: Quarter, tx: Tx | typeof db = db) {
  const [row] = await tx
    .select({ report: rr, updatedByName: users.name, finalizedByName: finalizer.name })
    .from(rr)
    .leftJoin(users, eq(users.id, rr.updatedById))
    .leftJoin(finalizer, eq(finalizer.id, rr.finalizedById))
    .where(eq(rr.quarter, quarter));
  return row ?? null;
}
