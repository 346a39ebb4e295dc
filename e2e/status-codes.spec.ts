import type postgres from "postgres";
import { demoUser, expect, test } from "./fixtures";

/*
 * Pages that are not there, or not the caller's, answer with the HTTP status that
 * says so (404 / 403), not a 200 carrying a message: measured on the response of
 * a real navigation against the built app.
 */

const WORKSPACES = ["", "/evaluation", "/requirements", "/requirements/compare", "/scope"];
const MORE = ["/schedule", "/cost", "/edit", "/requirements/1"];

async function accountOf(sql: postgres.Sql, who: "manager" | "manager2") {
  const [row] = await sql<{ id: string }[]>`
    select a.id from accounts a join users u on u.id = a.owner_id
    where u.email = ${demoUser(who).email} and a.archived_at is null
    order by a.created_at limit 1`;
  return row!.id;
}

test("another manager's account and every workspace under it answer 404; own pages 200", async ({
  pageAs,
  sql,
}) => {
  const page = await pageAs("manager");
  const theirs = await accountOf(sql, "manager2");
  const mine = await accountOf(sql, "manager");
  for (const path of [...WORKSPACES, ...MORE]) {
    const response = await page.goto(`/accounts/${theirs}${path}`);
    expect(response?.status(), `/accounts/<theirs>${path}`).toBe(404);
  }
  await expect(
    page.getByText("This account does not exist, or it is not one of yours."),
  ).toBeVisible();
  for (const path of WORKSPACES) {
    const response = await page.goto(`/accounts/${mine}${path}`);
    expect(response?.status(), `/accounts/<mine>${path}`).toBe(200);
  }
});

test("unknown ids, versions and routes answer 404", async ({ pageAs, sql }) => {
  const page = await pageAs("manager");
  const mine = await accountOf(sql, "manager");
  for (const url of [
    "/accounts/00000000-0000-4000-8000-000000000000",
    "/accounts/not-an-id",
    `/accounts/${mine}/requirements/9999`,
    "/no-such-page",
    "/accounts/x/y/z",
  ]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
  }
  // A template id is checked once the role may see templates at all (else 403).
  const director = await pageAs("director");
  const template = "/templates/scorecards/00000000-0000-4000-8000-000000000000";
  expect((await director.goto(template))?.status()).toBe(404);
});

test("pages a role may not open answer 403; an executive is told they cannot edit", async ({
  pageAs,
  sql,
}) => {
  const manager = await pageAs("manager");
  for (const url of ["/admin/users", "/admin/stages", "/templates", "/templates/scorecards"]) {
    const response = await manager.goto(url);
    expect(response?.status(), url).toBe(403);
  }
  await expect(manager.getByRole("heading", { name: "Not allowed" })).toBeVisible();

  const executive = await pageAs("executive");
  const id = await accountOf(sql, "manager");
  expect((await executive.goto(`/accounts/${id}`))?.status()).toBe(200);
  expect((await executive.goto(`/accounts/${id}/edit`))?.status()).toBe(403);
  await expect(
    executive.getByText("You can read this account, but your role cannot edit it."),
  ).toBeVisible();
  await expect(executive.getByRole("link", { name: "Back to the account" })).toHaveAttribute(
    "href",
    `/accounts/${id}`,
  );
  expect((await executive.goto("/accounts/new"))?.status()).toBe(403);
});
