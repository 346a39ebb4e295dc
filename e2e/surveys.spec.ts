import { demoUser, expect, test } from "./fixtures";

test("a contact answers a survey through the public link on a phone and a detractor answer opens a complaint the manager sees", async ({
  pageAs,
  browser,
  sql,
}) => {
  test.setTimeout(180_000);
  // An account of the manager with a customer contact not surveyed this quarter.
  const [account] = await sql<{ id: string; name: string; contact: string }[]>`
    select a.id, a.name, s.name as contact
    from accounts a join users u on u.id = a.owner_id
    join stakeholders s on s.account_id = a.id and s.side = 'customer'
    where u.email = ${demoUser("manager").email} and a.archived_at is null
      and not exists (select 1 from survey_invitations i where i.contact_id = s.id)
    order by a.name, s.name limit 1`;

  // The manager sends the survey by hand from the Service tab, in English.
  const manager = await pageAs("manager");
  await manager.goto(`/accounts/${account!.id}?tab=service`);
  await manager.locator("#survey-contact").selectOption({ label: account!.contact });
  await manager.locator("#survey-locale").selectOption("en");
  await manager.getByRole("button", { name: "Send survey link" }).click();
  await expect(
    manager.getByRole("status").filter({ hasText: "Survey link created" }),
  ).toBeVisible();
  const disclosure = manager.getByText(`Link and QR code for ${account!.contact}`).first();
  await disclosure.click();
  await expect(
    manager.getByRole("img", { name: "QR code of the survey link" }).first(),
  ).toBeVisible();
  const link = await manager.getByTestId("survey-link").first().inputValue();
  const path = new URL(link).pathname;
  expect(path).toMatch(/^\/survey\/[A-Za-z0-9_-]{43}$/);

  // The contact, signed out, on a 390 px phone.
  const phone = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    viewport: { width: 390, height: 844 },
    locale: "en-US",
  });
  const contact = await phone.newPage();
  await contact.goto(path);
  await expect(contact.getByRole("heading", { level: 1 })).toHaveText(
    "Customer satisfaction survey",
  );
  await expect(contact.getByText(`Survey for ${account!.name}`)).toBeVisible();
  const overflow = await contact.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await contact
    .getByRole("group", { name: /Overall, how satisfied/ })
    .getByRole("radio", { name: "4 Satisfied" })
    .check({ force: true });
  await contact.getByRole("radio", { name: "3", exact: true }).check({ force: true });
  await contact.getByLabel("Anything else you would like to tell us?").fill("Delivery was late.");
  await contact.getByRole("button", { name: "Send answers" }).click();
  await expect(contact.getByRole("heading", { level: 1 })).toHaveText("Thank you!");

  // The link is used up: the same page for any second try.
  await contact.goto(path);
  await expect(contact.getByRole("heading", { level: 1 })).toHaveText("This link is not valid");
  await phone.close();

  // The manager sees the answer and the complaint it opened.
  await manager.goto(`/accounts/${account!.id}?tab=service`);
  await expect(manager.getByText("Delivery was late.").first()).toBeVisible();
  await manager.getByRole("link", { name: "Open complaint" }).first().click();
  // Its subject is in the survey's language (English here), not both.
  await expect(manager.getByRole("heading", { level: 1 })).toHaveText(
    "Detractor survey answer (NPS 3, CSAT 4)",
  );
});
