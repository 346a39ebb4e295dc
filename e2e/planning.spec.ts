import type { Page } from "@playwright/test";
import type postgres from "postgres";
import { demoUser, expect, test } from "./fixtures";

/** 上海宝华工业涂料有限公司: a coatings account of the demo manager (张伟). */
const CODE = "i020103";
const DAY = 86_400_000;
const isoDaysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);
const plusDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Puts the demo account straight into the scope stage, closing its open transition as a move would. */
async function intoScope(sql: postgres.Sql) {
  const [account] = await sql<{ id: string; stage: string }[]>`
    select id, stage from accounts where code = ${CODE}`;
  const id = account!.id;
  await sql`update stage_transitions set exited_at = now(),
              duration_days = extract(epoch from (now() - at)) / 86400
            where account_id = ${id} and exited_at is null`;
  await sql`insert into stage_transitions (account_id, from_stage, to_stage, kind, note)
            values (${id}, ${account!.stage}, 'scope', 'forward', 'e2e: planning')`;
  await sql`update accounts set stage = 'scope', stage_entered_at = now(),
              version = version + 1 where id = ${id}`;
  return id;
}

const stageOf = async (sql: postgres.Sql, id: string) =>
  (await sql<{ stage: string }[]>`select stage from accounts where id = ${id}`)[0]!.stage;

async function advance(page: Page, to: string, path: RegExp) {
  await expect(page.getByText(`Everything needed to move to ${to} is in place.`)).toBeVisible();
  await page.getByRole("button", { name: `Move to ${to}` }).click();
  await expect(page).toHaveURL(path);
}

test("a manager plans scope, schedule and cost; a director approves; the account reaches execution", async ({
  pageAs,
  sql,
}) => {
  test.setTimeout(120_000);
  const id = await intoScope(sql);
  const page = await pageAs("manager");

  // Scope: a custom product needs its agreement before it can be promised.
  await page.goto(`/accounts/${id}/scope`);
  await expect(page.getByRole("heading", { name: "Scope", level: 1 })).toBeVisible();
  await expect(page.getByText("There is no scope plan yet.")).toBeVisible();
  const addItem = page.getByRole("form", { name: "Add item" });
  await addItem.getByLabel("Product type").selectOption({ label: "Custom product" });
  await addItem.getByLabel("Name").fill("重防腐环氧底漆 EP-500");
  await addItem.getByRole("button", { name: "Add item" }).click();
  await expect(
    addItem.getByText("A custom product needs an agreement or contract number."),
  ).toBeVisible();
  await addItem.getByLabel("Agreement / contract no.").fill("HT-2024-031");
  await addItem.getByRole("button", { name: "Add item" }).click();
  const items = page.getByRole("table", { name: "Products and services of this account's scope" });
  await expect(items.getByRole("rowheader", { name: "重防腐环氧底漆 EP-500" })).toBeVisible();
  await expect(page.getByText("1 item in scope")).toBeVisible();
  await advance(page, "Schedule", new RegExp(`/accounts/${id}/schedule$`));

  // Schedule: the coatings template, a baseline, then actual dates.
  const start = isoDaysAgo(40);
  await expect(page.getByLabel("Template")).toHaveValue(/.+/);
  await expect(page.getByLabel("Template").locator("option:checked")).toHaveText(
    "Coatings industry",
  );
  await page.getByLabel("Start date").fill(start);
  await page.getByRole("button", { name: "Plan from template" }).click();
  const table = page.getByRole("table", { name: "Steps with planned, baseline and actual dates" });
  await expect(table.getByRole("rowheader", { name: "New-customer development" })).toBeVisible();
  await expect(
    page.getByText("Target: order confirmed within 90 days of first contact"),
  ).toBeVisible();
  await expect(page.getByText("Save a baseline of the schedule.")).toBeVisible();

  await page.getByLabel("Baseline name").fill("与客户确认的计划");
  await page.getByRole("button", { name: "Save baseline" }).click();
  await expect(page.getByText("Baseline 1 saved.")).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Baseline 1" })).toBeVisible();

  await page.getByRole("button", { name: "Edit dates of New-customer development" }).click();
  const edit = page.getByRole("form", { name: "Edit dates of New-customer development" });
  await edit.getByLabel("Actual start").fill(start);
  await edit.getByLabel("Actual finish").fill(plusDays(start, 16));
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toBeHidden();
  const firstStep = table.getByRole("row").filter({ hasText: "New-customer development" });
  await expect(firstStep.getByText("3 days late")).toBeVisible();
  await expect(firstStep.getByText("Finished")).toBeVisible();
  await expect(page.getByText("0% of finished steps on time (0 of 1)")).toBeVisible();
  const gantt = page.getByRole("img", { name: "Gantt chart" });
  await expect(gantt).toBeVisible();
  await expect(
    gantt
      .locator("title")
      .filter({ hasText: /New-customer development — actual .* · 3 days late/ }),
  ).toHaveCount(1);
  await advance(page, "Cost plan", new RegExp(`/accounts/${id}/cost$`));

  // Cost plan: exact amounts, submitted for approval.
  const addLine = page.getByRole("form", { name: "Add cost line" });
  await addLine.getByLabel("Category").selectOption({ label: "Samples" });
  await addLine.getByLabel("Description").fill("样品及运费");
  await addLine.getByLabel("Planned amount (CNY)").fill("3,000.50");
  await addLine.getByRole("button", { name: "Add cost line" }).click();
  await expect(addLine.getByText("Cost line added.")).toBeVisible();
  await addLine.getByLabel("Category").selectOption({ label: "Staff (hours × rate)" });
  await addLine.getByLabel("Description").fill("技术服务工时");
  await addLine.getByLabel("Hours").fill("7.5");
  await addLine.getByLabel("Hourly rate (CNY)").fill("200.10");
  await expect(addLine.getByText("7.5 h × CN¥200.10 = CN¥1,500.75")).toBeVisible();
  await addLine.getByRole("button", { name: "Add cost line" }).click();
  await expect(page.getByRole("row", { name: /^Total/ }).first()).toContainText("CN¥4,501.25");
  await page.getByRole("button", { name: "Submit for approval" }).click();
  await expect(
    page.getByText(/Submitted by 张伟 on .*; waiting for a sales director\./),
  ).toBeVisible();
  await expect(page.getByText("The cost plan has not been approved by a director.")).toBeVisible();

  const director = await pageAs("director");
  await director.goto(`/accounts/${id}/cost`);
  await director.getByRole("button", { name: "Approve" }).click();
  await expect(director.getByText(/Approved by 李慧敏 on/)).toBeVisible();

  await page.reload();
  await page.getByRole("button", { name: "Move to In execution" }).click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${id}$`));
  await expect.poll(() => stageOf(sql, id)).toBe("execution");
  const [plan] = await sql<{ status: string; total: string }[]>`
    select p.status, sum(l.planned_minor)::text as total from cost_plans p
    join cost_lines l on l.cost_plan_id = p.id where p.account_id = ${id} group by p.status`;
  expect(plan).toEqual({ status: "approved", total: "450125" });
});

test("a colleague cannot open another manager's planning, and an executive only reads", async ({
  pageAs,
  sql,
}) => {
  const [account] = await sql<{ id: string }[]>`select id from accounts where code = ${CODE}`;
  const colleague = await pageAs("manager2");
  // Refused as not found (a 404 with its page), not merely "no schedule heading", which an error page also passes.
  const refused = await colleague.goto(`/accounts/${account!.id}/schedule`);
  expect(refused?.status()).toBe(404);
  await expect(colleague.getByRole("heading", { name: "Page not found", level: 1 })).toBeVisible();
  await expect(colleague.getByRole("heading", { name: "Schedule", level: 1 })).toHaveCount(0);

  const executive = await pageAs("executive");
  await executive.goto(`/accounts/${account!.id}/cost`);
  await expect(executive.getByRole("heading", { name: "Cost plan", level: 1 })).toBeVisible();
  await expect(executive.getByRole("form", { name: "Add cost line" })).toHaveCount(0);
});

test("a manager adds a step of the account's own to the schedule and removes it again", async ({
  pageAs,
  sql,
}) => {
  const tag = Date.now().toString(36);
  const [owner] = await sql<{ id: string }[]>`
    select id from users where email = ${demoUser("manager").email}`;
  const [account] = await sql<{ id: string }[]>`
    insert into accounts (code, name, owner_id, stage)
    values (${`n4${tag}`}, ${`Steps Co ${tag}`}, ${owner!.id}, 'schedule') returning id`;
  const page = await pageAs("manager");
  await page.goto(`/accounts/${account!.id}/schedule`);
  await page.getByLabel("Start date").fill("2026-01-05");
  await page.getByRole("button", { name: "Plan from template" }).click();
  const table = page.getByRole("table", { name: "Steps with planned, baseline and actual dates" });
  const steps = table.getByRole("rowheader");
  await expect(steps.first()).toContainText("New-customer development");
  const count = await steps.count();

  const add = page.getByRole("form", { name: "Add a step of this account's own" });
  await add.getByLabel("Position").selectOption({ label: "After New-customer development" });
  await add.getByLabel("Step name").fill("Factory audit");
  await add.getByLabel(/^Duration/).fill("5");
  await add.getByRole("button", { name: "Add step" }).click();
  await expect(steps).toHaveCount(count + 1);
  await expect(steps.nth(1)).toHaveText(/^Factory audit\s*5 days$/);

  await table.getByRole("button", { name: "Remove Factory audit" }).click();
  const confirm = page.getByRole("group", { name: "Remove Factory audit" });
  await expect(confirm).toContainText("The steps after it move up");
  await confirm.getByRole("button", { name: "Remove", exact: true }).click();
  await expect(steps).toHaveCount(count);
  await expect(table.getByText("Factory audit")).toHaveCount(0);
});
