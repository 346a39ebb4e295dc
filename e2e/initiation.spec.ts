import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Demo account in Evaluation, owned by manager@, with a customer decision maker (刘建国). */
const CODE = "i010101";
const NAME = "北京华彩涂料有限公司";

const SCORES: [criterion: string, score: number][] = [
  ["Purchase intent and budget", 5],
  ["Decision process clarity", 4],
  ["Fit of needs to our products", 4],
  ["Strategic value", 4],
  ["Credit and payment risk", 4],
  ["Competition", 4],
  ["Development cost", 4],
];

const criterion = (page: Page, name: string) =>
  page.getByRole("group", { name: new RegExp(`^${name} · weight`) });

test.describe.serial("initiation workspaces", () => {
  let accountId = "";

  test.beforeAll(async ({ sql }) => {
    const [row] = await sql<{ id: string }[]>`select id from accounts where code = ${CODE}`;
    accountId = row!.id;
  });

  test("a manager fills and submits the scorecard, a director approves, the gate passes", async ({
    pageAs,
    sql,
  }) => {
    test.setTimeout(120_000);
    const manager = await pageAs("manager");
    await manager.goto(`/accounts/${accountId}/evaluation`);
    await expect(
      manager.getByRole("heading", { level: 1, name: "Evaluation scorecard" }),
    ).toBeVisible();
    await expect(manager.getByText("No evaluation scorecard has been filled in.")).toBeVisible();
    await manager.getByRole("button", { name: "Start evaluation" }).click();

    // The total and the recommendation follow every score as it is chosen.
    await criterion(manager, "Purchase intent and budget")
      .getByRole("radio", { name: /^5 ·/ })
      .check();
    await expect(manager.getByTestId("evaluation-total")).toHaveText("100.0 of 100");
    await expect(manager.getByText("Preview: 1 of 7 criteria scored")).toBeVisible();
    await manager.getByRole("button", { name: "Submit for approval" }).click();
    await expect(
      criterion(manager, "Purchase intent and budget").getByText(
        "Give the facts that support this score.",
      ),
    ).toBeVisible();
    await expect(
      criterion(manager, "Decision process clarity").getByText("Score this criterion."),
    ).toBeVisible();

    for (const [name, score] of SCORES) {
      const group = criterion(manager, name);
      await group.getByRole("radio", { name: new RegExp(`^${score} ·`) }).check();
      await group.getByLabel("Evidence").fill(`${name}: 客户书面确认，见 2026-03 拜访记录`);
    }
    await expect(manager.getByTestId("evaluation-total")).toHaveText("81.3 of 100");
    await expect(manager.getByText("All criteria are answered.")).toBeVisible();
    await manager.getByRole("button", { name: "Save draft" }).click();
    await expect(manager.getByText("Draft saved.")).toBeVisible();
    await manager.getByRole("button", { name: "Submit for approval" }).click();
    await expect(manager.getByText("Waiting for a sales director or administrator")).toBeVisible();
    await expect(manager.getByRole("button", { name: "Approve" })).toHaveCount(0);

    const director = await pageAs("director");
    await director.goto(`/accounts/${accountId}/evaluation`);
    await expect(director.getByText("Develop", { exact: true }).first()).toBeVisible();
    await director.getByLabel("Comment").fill("依据充分，同意开发。");
    await director.getByRole("button", { name: "Approve" }).click();
    await expect(director.getByText(/^Approved by 李慧敏/)).toBeVisible();
    await expect(
      director.getByText("Everything needed to move to Requirements document is in place."),
    ).toBeVisible();
    await director.getByRole("button", { name: "Move to Requirements document" }).click();
    await expect(director).toHaveURL(new RegExp(`/accounts/${accountId}/requirements$`));
    const [account] = await sql<
      { stage: string }[]
    >`select stage from accounts where id = ${accountId}`;
    expect(account!.stage).toBe("requirements");

    // History keeps the approved evaluation.
    await manager.goto(`/accounts/${accountId}/evaluation`);
    const history = manager.getByRole("table").filter({ hasText: "Recommendation" });
    await expect(history.getByRole("row")).toHaveCount(2);
    await expect(history).toContainText("Approved");
  });

  test("a requirements document is written, approved, edited into version 2, compared and printed", async ({
    pageAs,
  }) => {
    test.setTimeout(120_000);
    const manager = await pageAs("manager");
    const base = `/accounts/${accountId}/requirements`;
    await manager.goto(base);
    await expect(manager.getByText("No requirements document yet.", { exact: true })).toBeVisible();
    await manager.getByLabel("Objectives").fill("为客户新建的汽车零部件涂装线提供水性涂料。");
    await manager.getByLabel("Scope statement").fill("提供底漆和面漆，不含涂装施工。");
    await manager.getByRole("button", { name: "Add functional requirement" }).click();
    const first = manager.getByRole("group", { name: "Requirement 1" });
    await expect(first.getByLabel("Requirement", { exact: true })).toBeFocused();
    await first.getByLabel("Requirement", { exact: true }).fill("耐盐雾 1000 小时");
    await first.getByLabel("Priority").selectOption({ label: "Must have" });
    await first.getByLabel("Raised by").selectOption({ label: "刘建国 (采购总监)" });
    await first.getByLabel("Acceptance criteria").fill("第三方检测报告");
    await manager.getByRole("button", { name: "Submit for approval" }).click();
    await expect(manager.getByText("Version 1 · Submitted")).toBeVisible();

    const director = await pageAs("director");
    await director.goto(base);
    await director.getByRole("button", { name: "Approve and sign" }).click();
    await expect(director.getByText("Version 1 · Approved")).toBeVisible();
    await expect(director.getByText(/^Approved by 李慧敏 on/)).toBeVisible();

    await manager.reload();
    await manager.getByRole("link", { name: "Edit as version 2" }).click();
    await manager.getByLabel("Scope statement").fill("提供底漆、面漆和配套稀释剂，不含涂装施工。");
    await manager.getByRole("button", { name: "Add technical requirement" }).click();
    await manager
      .getByRole("group", { name: "Requirement 2" })
      .getByLabel("Requirement", { exact: true })
      .fill("VOC 含量低于 250 g/L");
    await manager.getByRole("button", { name: "Save draft" }).click();
    await expect(manager.getByText("Draft saved as version 2.")).toBeVisible();
    await expect(manager.getByText("Version 2 · Draft")).toBeVisible();

    const compare = manager.getByRole("form", { name: "Compare versions" });
    await compare.getByLabel("Older version").selectOption({ label: "Version 1" });
    await compare.getByLabel("Newer version").selectOption({ label: "Version 2" });
    await compare.getByRole("button", { name: "Compare" }).click();
    await expect(
      manager.getByRole("heading", { level: 1, name: "Compare version 1 with version 2" }),
    ).toBeVisible();
    await expect(manager.locator("ins").filter({ hasText: "配套稀释剂" })).toBeVisible();
    await expect(manager.getByText("Added", { exact: true })).toBeVisible();
    await expect(manager.getByText(/1 section changed; requirements: 1 added/)).toBeVisible();

    await manager.goto(`${base}/1/print?lang=zh-CN`);
    const doc = manager.getByRole("article");
    await expect(doc.getByRole("heading", { level: 1, name: "需求文档" })).toBeVisible();
    await expect(doc).toContainText(NAME);
    await expect(doc).toContainText("耐盐雾 1000 小时");
    await expect(doc).toContainText("李慧敏");
    await expect(doc.getByRole("heading", { name: "客户确认" })).toBeVisible();
    await manager.getByRole("link", { name: "English" }).click();
    await expect(
      doc.getByRole("heading", { level: 1, name: "Requirements document" }),
    ).toBeVisible();
    await expect(manager.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  });
});
