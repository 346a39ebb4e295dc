import "server-only";
import { desc } from "drizzle-orm";
import { db } from "@/db";
import { outbox } from "@/db/schema";

/** The latest mails the app has written, newest first (admin outbox page). */
export async function listOutbox({ limit = 100 }: { limit?: number } = {}) {
  return db.select().from(outbox).orderBy(desc(outbox.createdAt), desc(outbox.id)).limit(limit);
}
