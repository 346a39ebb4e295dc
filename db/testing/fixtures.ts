import { sql } from "drizzle-orm";
import { db } from "@/db";
import { users, type Role } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";

let passwordHash: Promise<string> | undefined;
export const TEST_PASSWORD = "correct horse battery";

/** Empties every table but the migrations journal, between test files. */
export async function truncateAll() {
  const rows = await db.execute<{ tablename: string }>(
    sql`select tablename from pg_tables where schemaname = 'public'`,
  );
  const names = rows.map((r) => `"${r.tablename}"`).join(", ");
  if (names) await db.execute(sql.raw(`truncate ${names} restart identity cascade`));
}

let counter = 0;
export async function createUser(role: Role, overrides: Partial<typeof users.$inferInsert> = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  counter++;
  const [user] = await db
    .insert(users)
    .values({
      name: `${role} ${counter}`,
      email: `${role}${counter}-${Date.now()}@test.example`,
      role,
      passwordHash: await passwordHash,
      ...overrides,
    })
    .returning();
  return user!;
}
