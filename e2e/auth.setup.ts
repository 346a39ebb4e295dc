import { test as setup } from "@playwright/test";
import { demoUser, signIn, storageState } from "./fixtures";

for (const who of ["admin", "director", "manager", "manager2", "executive"] as const) {
  setup(`sign in as ${who}`, async ({ page }) => {
    await signIn(page, demoUser(who).email);
    await page.waitForURL("/");
    await page.context().storageState({ path: storageState(who) });
  });
}
