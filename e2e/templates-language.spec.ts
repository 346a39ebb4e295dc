import { expect, test } from "./fixtures";

/*
 * Built-in templates are seeded in Chinese; a director working in English edits
 * them in English, and the internal keys (which answers and schedules follow) are
 * never shown.
 */

test("the built-in scorecard opens in English, without a key field", async ({ pageAs, sql }) => {
  const [row] = await sql<{ id: string }[]>`
    select id from scorecard_templates where is_default limit 1`;
  const page = await pageAs("director");
  expect((await page.goto(`/templates/scorecards/${row!.id}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Standard customer evaluation");
  await expect(page.getByLabel("Criterion").first()).toHaveValue("Purchase intent and budget");
  await expect(page.getByLabel("Key", { exact: true })).toHaveCount(0);
  await expect(page.getByText("购买意向与预算")).toHaveCount(0);
});

test("the built-in schedule template opens in English, without a key field", async ({
  pageAs,
  sql,
}) => {
  const [row] = await sql<{ id: string }[]>`
    select id from schedule_templates where is_default limit 1`;
  const page = await pageAs("director");
  expect((await page.goto(`/templates/schedules/${row!.id}`))?.status()).toBe(200);
  await expect(page.getByLabel("Template name")).toHaveValue("Standard customer development");
  const steps = page.getByLabel("Step", { exact: true });
  await expect(steps.nth(4)).toHaveValue("Samples");
  await expect(page.getByLabel("Key", { exact: true })).toHaveCount(0);
});
