import { expect, test } from "./fixtures";

const ACCOUNT_URL = /\/accounts\/([0-9a-f-]{36})$/;

test.describe("at 1366 px", () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test("the board says more stages exist and scrolls to them by button or keyboard", async ({
    pageAs,
  }) => {
    const page = await pageAs("director");
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto("/pipeline");
    const region = page.getByRole("region", { name: "Pipeline stages" });
    const scrollLeft = () => region.evaluate((el) => el.scrollLeft);
    const churned = page.getByRole("heading", { name: "Churned", exact: true });
    await expect(churned).not.toBeInViewport();

    const more = page.getByRole("button", { name: "More stages" });
    const earlier = page.getByRole("button", { name: "Earlier stages" });
    await expect(more).toBeEnabled();
    await expect(earlier).toBeDisabled();
    await more.click();
    await expect.poll(scrollLeft).toBeGreaterThan(300);
    await expect(earlier).toBeEnabled();
    await more.click();
    await expect(churned).toBeInViewport();
    await expect(more).toBeDisabled();

    // Keyboard: the region takes focus and the arrow keys scroll it.
    await region.evaluate((el) => el.scrollTo({ left: 0 }));
    await region.focus();
    await expect(region).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(scrollLeft).toBeGreaterThan(0);
  });

  test("the stakeholder form has the whole width and seed 002's contact fields", async ({
    pageAs,
  }) => {
    test.setTimeout(60_000);
    const page = await pageAs("manager");
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto("/accounts/new");
    await page
      .getByLabel("Customer name")
      .fill(`宽表单测试有限公司${String(Date.now()).slice(-6)}`);
    await page.getByLabel("Area").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(ACCOUNT_URL);

    await page.getByRole("button", { name: "Add customer-side stakeholder" }).click();
    const form = page.getByRole("form", { name: "New stakeholder" });
    const influence = form.getByLabel("Influence");
    // Both sides' columns: the form is as wide as the two of them, no select is cut off.
    const [formBox, tabBox] = await Promise.all([
      form.boundingBox(),
      page.locator("section[aria-labelledby='stakeholders-ours']").boundingBox(),
    ]);
    expect(formBox!.width).toBeGreaterThan(900);
    expect(tabBox!.y).toBeGreaterThan(formBox!.y + formBox!.height - 1);
    const fits = await influence.evaluate((el) => {
      const select = el as HTMLSelectElement;
      const probe = document.createElement("span");
      probe.style.cssText = `font:${getComputedStyle(select).font};position:absolute;white-space:nowrap`;
      probe.textContent = select.selectedOptions[0]!.text;
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return select.clientWidth - 40 >= width;
    });
    expect(fits, "the influence select shows its whole text").toBe(true);

    await form.getByLabel("Name").fill("陈静");
    await form.getByLabel("Department").fill("采购部");
    await form.getByLabel("Home phone").fill("0571-88886666");
    await form.getByLabel("Fax").fill("0571-88886667");
    await form.getByLabel("Country / region").fill("中国");
    await form.getByLabel("Province").fill("浙江省");
    await form.getByLabel("City").fill("杭州");
    await form.getByLabel("Postal code").fill("310000");
    await form.getByLabel("Street address").fill("西湖区文三路 1 号");
    await form.getByLabel("Fax").fill("fax: none");
    await form.getByRole("button", { name: "Add stakeholder" }).click();
    await expect(form.getByText("Use digits, spaces and + ( ) - only")).toBeVisible();
    await form.getByLabel("Fax").fill("0571-88886667");
    await form.getByRole("button", { name: "Add stakeholder" }).click();
    await expect(form).toBeHidden();

    const card = page.getByRole("listitem").filter({ hasText: "陈静" }).filter({ hasText: "Fax" });
    for (const text of [
      "Home phone0571-88886666",
      "Fax0571-88886667",
      "Country / region中国",
      "Province浙江省",
      "City杭州",
      "Postal code310000",
      "Street address西湖区文三路 1 号",
    ]) {
      await expect(card).toContainText(text);
    }
  });

  test("every Gantt month label is inside the chart", async ({ pageAs, sql }) => {
    test.setTimeout(90_000);
    const page = await pageAs("director");
    await page.setViewportSize({ width: 1366, height: 768 });
    const rows = await sql<{ id: string }[]>`
      select s.account_id as id from schedules s
      where exists (select 1 from schedule_steps st where st.schedule_id = s.id)`;
    expect(rows.length).toBeGreaterThan(0);
    for (const { id } of rows) {
      await page.goto(`/accounts/${id}/schedule`);
      const chart = page.getByRole("img", { name: "Gantt chart" });
      if ((await chart.count()) === 0) continue;
      const overflow = await chart.evaluate((svg) => {
        const width = (svg as SVGSVGElement).viewBox.baseVal.width;
        return [...svg.querySelectorAll("g > text")]
          .map((text) => (text as SVGTextElement).getBBox())
          .filter((box) => box.x < 0 || box.x + box.width > width + 0.5).length;
      });
      expect(overflow, `labels past the edge on ${id}`).toBe(0);
    }
  });
});

test("the home page's stage and overdue links are targets at least 24 px tall", async ({
  pageAs,
}) => {
  const page = await pageAs("director");
  await page.goto("/");
  const links = page.getByTestId("home-stages").getByRole("link", { name: /overdue/ });
  await expect(links.first()).toBeVisible();
  const overdueList = page.getByTestId("home-overdue").getByRole("link");
  const heights = [
    ...(await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))),
    ...(await overdueList.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))),
  ];
  expect(heights.length).toBeGreaterThan(1);
  expect(heights.filter((h) => h < 24)).toEqual([]);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the menu button says what it does and whether the menu is open", async ({ pageAs }) => {
    const page = await pageAs("manager");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    const toggle = page.getByRole("button", { name: "Open menu" });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    await expect(nav).toBeHidden();

    await toggle.click();
    const close = page.getByRole("button", { name: "Close menu" });
    await expect(close).toHaveAttribute("aria-expanded", "true");
    await expect(nav).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: "Open menu" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );

    await page.getByRole("button", { name: "Open menu" }).click();
    await nav.getByRole("link", { name: "Accounts" }).click();
    await expect(page).toHaveURL(/\/accounts$/);
    await expect(page.getByRole("button", { name: "Open menu" })).toBeVisible();
    await expect(nav).toBeHidden();
  });
});
