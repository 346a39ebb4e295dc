import type { Page } from "@playwright/test";
import type postgres from "postgres";
import { demoUser, expect, test } from "./fixtures";

/**
 * Each test builds its own accounts in a fresh industry and opens the board
 * filtered to it, so counts do not depend on the demo data or on other specs.
 */
type Seeded = { id: string; name: string };
const DAY = 86_400_000;
let serial = 0;

async function seedBoard(sql: postgres.Sql) {
  const tag = `${Date.now().toString(36)}${serial++}`;
  const [industry] = await sql<{ id: number }[]>`
    insert into reference_items (kind, code, name_en, name_zh)
    values ('industry', ${`e2e-${tag}`}, ${`E2E ${tag}`}, ${`测试 ${tag}`}) returning id`;
  const owners = await sql<{ id: string; email: string }[]>`select id, email from users`;
  const ownerId = (who: "manager" | "manager2") =>
    owners.find((o) => o.email === demoUser(who).email)!.id;

  const account = async (
    name: string,
    who: "manager" | "manager2",
    stage: string,
    daysAgo: number,
    withDecisionMaker = false,
  ): Promise<Seeded> => {
    const code = `n9${tag}${serial++}`;
    const enteredAt = new Date(Date.now() - daysAgo * DAY);
    const [row] = await sql<{ id: string }[]>`
      insert into accounts (code, name, grade, owner_id, industry_id, stage, stage_entered_at)
      values (${code}, ${`${name} ${tag}`}, 'normal', ${ownerId(who)}, ${industry!.id},
              ${stage}, ${enteredAt}) returning id`;
    await sql`insert into stage_transitions (account_id, to_stage, kind, at)
              values (${row!.id}, ${stage}, 'create', ${enteredAt})`;
    if (withDecisionMaker) {
      await sql`insert into stakeholders (account_id, side, name, decision_role, is_primary)
                values (${row!.id}, 'customer', '刘总', 'decision_maker', true)`;
    }
    return { id: row!.id, name: `${name} ${tag}` };
  };

  return {
    href: `/pipeline?industry=${industry!.id}`,
    noDecisionMaker: await account("Lacking DM Co", "manager", "stakeholders", 20),
    ready: await account("Ready Co", "manager", "stakeholders", 3, true),
    evaluating: await account("Evaluating Co", "manager", "evaluation", 2, true),
    others: await account("Colleague Co", "manager2", "stakeholders", 1),
  };
}

const column = (page: Page, stage: string) => page.getByRole("region", { name: stage });
const stageOf = async (sql: postgres.Sql, id: string) =>
  (await sql<{ stage: string }[]>`select stage from accounts where id = ${id}`)[0]!.stage;

test.describe("pipeline board", () => {
  test("a manager sees only their own accounts, in the right columns with counts", async ({
    pageAs,
    sql,
  }) => {
    const board = await seedBoard(sql);
    const page = await pageAs("manager");
    await page.goto(board.href);
    await expect(page.getByRole("heading", { name: "Pipeline", level: 1 })).toBeVisible();

    const stakeholders = column(page, "Stakeholder identification");
    await expect(stakeholders.getByText("2 accounts")).toBeVisible();
    await expect(stakeholders.getByText("1 overdue")).toBeVisible();
    await expect(
      stakeholders.getByRole("link", { name: board.noDecisionMaker.name }),
    ).toBeVisible();
    await expect(stakeholders.getByRole("link", { name: board.ready.name })).toBeVisible();
    const overdueCard = page.getByTestId(`card-${board.noDecisionMaker.id}`);
    await expect(overdueCard.getByText("Overdue")).toBeVisible();
    await expect(overdueCard.getByText("20 days in stage")).toBeVisible();

    const evaluation = column(page, "Evaluation scorecard");
    await expect(evaluation.getByText("1 account")).toBeVisible();
    await expect(evaluation.getByRole("link", { name: board.evaluating.name })).toBeVisible();
    await expect(column(page, "Scope").getByText("No accounts match the filters.")).toBeVisible();
    await expect(page.getByText(board.others.name)).toHaveCount(0);

    // The owner filter is for leadership; the unfiltered board still hides a colleague's account.
    await expect(page.getByLabel("Owner")).toHaveCount(0);
    await page.goto("/pipeline");
    await expect(page.getByRole("link", { name: board.ready.name })).toBeVisible();
    await expect(page.getByText(board.others.name)).toHaveCount(0);
  });

  test("a refused move by the keyboard menu says what is missing; a ready one moves", async ({
    pageAs,
    sql,
  }) => {
    const board = await seedBoard(sql);
    const page = await pageAs("manager");
    await page.goto(board.href);

    const menuButton = page.getByRole("button", {
      name: `Move ${board.noDecisionMaker.name} to another stage`,
    });
    await menuButton.focus();
    await page.keyboard.press("Enter");
    const advance = page.getByRole("menuitem", { name: "Move to Evaluation scorecard" });
    await expect(advance).toBeFocused();
    await page.keyboard.press("Enter");

    const notice = page.getByRole("alert").filter({ hasText: "cannot move to" });
    await expect(notice).toContainText(
      `${board.noDecisionMaker.name} cannot move to Evaluation scorecard yet`,
    );
    await expect(notice).toContainText(
      "Identify at least one decision maker or primary contact on the customer side.",
    );
    const stakeholders = column(page, "Stakeholder identification");
    await expect(
      stakeholders.getByRole("link", { name: board.noDecisionMaker.name }),
    ).toBeVisible();
    expect(await stageOf(sql, board.noDecisionMaker.id)).toBe("stakeholders");

    await page.getByRole("button", { name: `Move ${board.ready.name} to another stage` }).click();
    await page.getByRole("menuitem", { name: "Move to Evaluation scorecard" }).click();
    await expect(
      page.getByText(`${board.ready.name} moved to Evaluation scorecard.`),
    ).toBeVisible();
    const evaluation = column(page, "Evaluation scorecard");
    await expect(evaluation.getByRole("link", { name: board.ready.name })).toBeVisible();
    await expect(evaluation.getByText("2 accounts")).toBeVisible();
    expect(await stageOf(sql, board.ready.id)).toBe("evaluation");
  });

  test("a card can be dragged to the next stage", async ({ pageAs, sql }) => {
    const board = await seedBoard(sql);
    const page = await pageAs("manager");
    await page.goto(board.href);
    const card = page.getByTestId(`card-${board.ready.id}`);
    const target = column(page, "Evaluation scorecard");
    const from = (await card.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + 20, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
    await page.mouse.up();
    await expect(
      page.getByText(`${board.ready.name} moved to Evaluation scorecard.`),
    ).toBeVisible();
    await expect(target.getByRole("link", { name: board.ready.name })).toBeVisible();
    expect(await stageOf(sql, board.ready.id)).toBe("evaluation");
  });

  test("sending a card back asks for a reason first", async ({ pageAs, sql }) => {
    const board = await seedBoard(sql);
    const page = await pageAs("manager");
    await page.goto(board.href);
    await page
      .getByRole("button", { name: `Move ${board.evaluating.name} to another stage` })
      .click();
    await page.getByRole("menuitem", { name: "Send back to Stakeholder identification…" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText(board.evaluating.name);
    await dialog.getByRole("button", { name: "Send back" }).click();
    await expect(dialog.getByText("Say why the account goes back for rework.")).toBeVisible();
    expect(await stageOf(sql, board.evaluating.id)).toBe("evaluation");
    await dialog.getByRole("textbox").fill("客户更换了采购负责人，需要重新识别干系人。");
    await dialog.getByRole("button", { name: "Send back" }).click();
    await expect(dialog).toBeHidden();
    const stakeholders = column(page, "Stakeholder identification");
    await expect(stakeholders.getByRole("link", { name: board.evaluating.name })).toBeVisible();
    expect(await stageOf(sql, board.evaluating.id)).toBe("stakeholders");
    const [transition] = await sql<{ kind: string; note: string }[]>`
      select kind, note from stage_transitions where account_id = ${board.evaluating.id}
      order by at desc limit 1`;
    expect(transition).toMatchObject({
      kind: "back",
      note: "客户更换了采购负责人，需要重新识别干系人。",
    });
  });

  test("a director overrides a refused gate with a written reason", async ({ pageAs, sql }) => {
    const board = await seedBoard(sql);
    const page = await pageAs("director");
    await page.goto(board.href);
    await page
      .getByRole("button", { name: `Move ${board.noDecisionMaker.name} to another stage` })
      .click();
    await page.getByRole("menuitem", { name: "Move to Evaluation scorecard" }).click();
    await page.getByRole("button", { name: "Override with a reason…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Move" }).click();
    await expect(dialog.getByRole("alert")).toContainText("Identify at least one decision maker");
    await dialog.getByRole("checkbox", { name: /Override the gate/ }).check();
    await dialog.getByRole("textbox").fill("总经理已口头确认，决策人下周补录。");
    await dialog.getByRole("button", { name: "Override and move" }).click();
    await expect(dialog).toBeHidden();
    await expect(
      column(page, "Evaluation scorecard").getByRole("link", { name: board.noDecisionMaker.name }),
    ).toBeVisible();
    const [transition] = await sql<{ override: boolean }[]>`
      select override from stage_transitions where account_id = ${board.noDecisionMaker.id}
      order by at desc limit 1`;
    expect(transition?.override).toBe(true);
  });

  test("a move shows on the account page, the list and the board, also through back and forward", async ({
    pageAs,
    sql,
  }) => {
    const board = await seedBoard(sql);
    const page = await pageAs("manager");
    await page.goto(board.href);
    // Open the account from its card and come back: the browser now holds both pages.
    await page.getByTestId(`card-${board.ready.id}`).getByRole("link").click();
    const current = page
      .getByRole("list")
      .filter({ hasText: "Cost plan" })
      .first()
      .locator('[aria-current="step"]');
    await expect(current).toContainText("Stakeholder identification");
    await page.goBack();

    await page.getByRole("button", { name: `Move ${board.ready.name} to another stage` }).click();
    await page.getByRole("menuitem", { name: "Move to Evaluation scorecard" }).click();
    await expect(
      page.getByText(`${board.ready.name} moved to Evaluation scorecard.`),
    ).toBeVisible();
    await expect(
      column(page, "Evaluation scorecard").getByRole("link", { name: board.ready.name }),
    ).toBeVisible();
    // Forward to the account page seen before the move: not the earlier copy.
    await page.goForward();
    await expect(current).toContainText("Evaluation scorecard");

    // A move on the account page, then back to the board seen before it.
    await page.getByLabel("Move back to…").selectOption({ label: "Stakeholder identification" });
    await page.getByRole("button", { name: "Move back…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox").fill("决策人变更，重新识别。");
    await dialog.getByRole("button", { name: "Send back" }).click();
    await expect(current).toContainText("Stakeholder identification");
    await page.goBack();
    await expect(
      column(page, "Stakeholder identification").getByRole("link", { name: board.ready.name }),
    ).toBeVisible();
    await expect(column(page, "Evaluation scorecard").getByText("1 account")).toBeVisible();

    // The account list, opened after the moves, shows where the account is now.
    await page
      .getByRole("navigation", { name: "Main navigation" })
      .last()
      .getByRole("link", { name: "Accounts" })
      .click();
    await expect(page.getByRole("heading", { name: "Accounts", exact: true })).toBeVisible();
    await page.getByRole("searchbox").fill(board.ready.name);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/[?&]q=/);
    const row = page.getByRole("row").filter({ hasText: board.ready.name });
    await expect(row).toContainText("Stakeholder identification");
    expect(await stageOf(sql, board.ready.id)).toBe("stakeholders");
  });

  test("a director sees every account; an executive sees the board read-only", async ({
    pageAs,
    sql,
  }) => {
    const board = await seedBoard(sql);
    const director = await pageAs("director");
    await director.goto(board.href);
    const stakeholders = column(director, "Stakeholder identification");
    await expect(stakeholders.getByText("3 accounts")).toBeVisible();
    const colleague = director.getByTestId(`card-${board.others.id}`);
    await expect(colleague.getByRole("link", { name: board.others.name })).toBeVisible();
    await expect(colleague).toContainText(`Owner: ${demoUser("manager2").name}`);
    await expect(director.getByLabel("Owner")).toBeVisible();

    const executive = await pageAs("executive");
    await executive.goto(board.href);
    await expect(
      column(executive, "Stakeholder identification").getByText("3 accounts"),
    ).toBeVisible();
    await expect(executive.getByRole("button", { name: /^Move .* to another stage$/ })).toHaveCount(
      0,
    );
    await expect(executive.getByText("The board is read-only for your role.")).toBeVisible();
  });

  test("in 中文 the board shows the Chinese stage names", async ({ pageAs, sql }) => {
    const board = await seedBoard(sql);
    const page = await pageAs("director");
    await page.goto(board.href);
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("heading", { name: "客户进程看板", level: 1 })).toBeVisible();
    for (const name of ["识别干系人", "客户评估", "需求文档", "执行中", "已放弃", "已流失"]) {
      await expect(page.getByRole("region", { name })).toBeVisible();
    }
    await expect(
      page.getByRole("region", { name: "识别干系人" }).getByText("3 个客户"),
    ).toBeVisible();
    await expect(page.getByTestId(`card-${board.noDecisionMaker.id}`)).toContainText(
      "在此阶段 20 天",
    );
  });
});
