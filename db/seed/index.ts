import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { hashPassword } from "@/lib/auth/password";
import * as schema from "../schema";
import { seedDemoAccounts } from "./demo-accounts";
import { seedDemoDelivery } from "./demo-delivery";
import { seedDemoSurveys } from "./demo-surveys";
import { seedDemoTasks } from "./demo-tasks";
import { seedDemoOrders } from "./demo-orders";
import { seedScheduleTemplates } from "./schedule-templates";
import { seedDefaultScorecardTemplate } from "./scorecards";
import type { Role } from "../schema";

export const DEMO_PASSWORD = "pcrm-demo-2026";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@pcrm.example", name: "王立新", role: "admin" },
  { email: "director@pcrm.example", name: "李慧敏", role: "director" },
  { email: "manager@pcrm.example", name: "张伟", role: "manager" },
  { email: "manager2@pcrm.example", name: "陈晓燕", role: "manager" },
  { email: "executive@pcrm.example", name: "赵国强", role: "executive" },
];

export type SeedDb = ReturnType<typeof drizzle<typeof schema>>;

/** Idempotent demo data: fixed users first, then each feature's demo records. */
export async function seedDemo(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const db = drizzle(sql, { schema, casing: "snake_case" });
  try {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await db
      .insert(schema.users)
      .values(DEMO_USERS.map((u) => ({ ...u, passwordHash })))
      .onConflictDoNothing({ target: schema.users.email });
    const users = await db
      .select({ id: schema.users.id, email: schema.users.email })
      .from(schema.users);
    const byEmail = new Map(users.map((u) => [u.email, u.id]));
    await seedDemoAccounts(db, byEmail, byEmail.get("director@pcrm.example")!);
    await seedDefaultScorecardTemplate(db);
    await seedScheduleTemplates(db);
    await seedDemoDelivery(db, byEmail, byEmail.get("director@pcrm.example")!);
    await seedDemoTasks(db);
    await seedDemoOrders(db);
    await seedDemoSurveys(db);
  } finally {
    await sql.end();
  }
}
