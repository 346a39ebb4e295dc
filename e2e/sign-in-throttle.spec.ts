import { createTempUser, expect, PASSWORD, signIn, test } from "./fixtures";

test("a locked e-mail is refused even with the right password until an admin unlocks it", async ({
  page,
  pageAs,
  sql,
}) => {
  const user = await createTempUser(sql, "manager", "Sun Hao");
  // A wrong password is counted in PostgreSQL for the e-mail.
  await signIn(page, user.email, "wrong-password");
  await expect(page.getByText(/e-mail or password is not correct/)).toBeVisible();
  const [counted] =
    await sql`select points from sign_in_attempts where key = ${`email:${user.email}`}`;
  expect(counted?.points).toBe(1);

  // Ten more failures, as stored by other attempts (or other instances): locked.
  await sql`
    update sign_in_attempts set points = 11, expire = now() + interval '15 minutes'
    where key = ${`email:${user.email}`}`;
  await signIn(page, user.email, PASSWORD);
  await expect(page.getByText(/Too many failed sign-ins/)).toBeVisible();
  await signIn(page, `nobody-${Date.now()}@pcrm.example`, PASSWORD);
  await expect(page.getByText(/e-mail or password is not correct/)).toBeVisible();

  const admin = await pageAs("admin");
  await admin.goto("/admin/sign-in-locks");
  const row = admin.getByTestId(`lock-email:${user.email}`);
  await expect(row).toContainText("11");
  await row.getByRole("button", { name: `Unlock ${user.email}` }).click();
  await expect(row).toHaveCount(0);

  await signIn(page, user.email, PASSWORD);
  await expect(page.getByTestId("current-user")).toContainText("Sun Hao");
});
