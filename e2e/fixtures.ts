import { test as base, expect, type Page } from "@playwright/test";
import postgres from "postgres";
import { DEMO_PASSWORD, DEMO_USERS } from "@/db/seed";
import type { Role } from "@/db/schema/users";

export { expect };
export const PASSWORD = DEMO_PASSWORD;
export const demoUser = (role: Role | "manager2") =>
  role === "manager2"
    ? DEMO_USERS.find((u) => u.email.startsWith("manager2"))!
    : DEMO_USERS.find((u) => u.role === role)!;
export const storageState = (who: Role | "manager2") => `e2e/.auth/${who}.json`;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

type Who = Role | "manager2";

/**
 * A user of its own for a test that ends sessions (sign-out, password change): ending a
 * demo user's sessions would sign out the stored states other tests run with. The
 * password is the demo one.
 */
export async function createTempUser(sql: postgres.Sql, role: Role, name = "Temp User") {
  const email = `temp-${role}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@pcrm.example`;
  await sql`
    insert into users (email, name, role, password_hash)
    select ${email}, ${name}, ${role}, password_hash from users where email = ${demoUser(role).email}`;
  return { email, name };
}

/**
 * Messages next-intl logs in the browser when a client component asks for a key its
 * provider was not given (each part of the app hands out only its own namespaces).
 */
const MISSING_MESSAGE = /MISSING_MESSAGE|INSUFFICIENT_PATH|Could not resolve/;
function watchMessages(page: Page, found: string[]) {
  page.on("console", (msg) => {
    if (msg.type() === "error" && MISSING_MESSAGE.test(msg.text())) found.push(msg.text());
  });
}

/**
 * `sql`: direct database access for assertions a user could not make from the page.
 * `pageAs(who)`: a new page in its own context signed in as `who`, closed after the test.
 * Every page fails its test when a translation is missing on the client.
 */
export const test = base.extend<{ sql: postgres.Sql; pageAs: (who: Who) => Promise<Page> }>({
  page: async ({ page }, provide) => {
    const missing: string[] = [];
    watchMessages(page, missing);
    await provide(page);
    expect(missing, "translations missing on the client").toEqual([]);
  },
  pageAs: async ({ browser }, provide) => {
    const contexts: import("@playwright/test").BrowserContext[] = [];
    const missing: string[] = [];
    await provide(async (who) => {
      const context = await browser.newContext({
        storageState: storageState(who),
        locale: "en-US",
      });
      contexts.push(context);
      const page = await context.newPage();
      watchMessages(page, missing);
      return page;
    });
    await Promise.all(contexts.map((c) => c.close()));
    expect(missing, "translations missing on the client").toEqual([]);
  },
  sql: async ({}, provide) => {
    const sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
    await provide(sql);
    await sql.end();
  },
});
