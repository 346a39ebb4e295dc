import { beforeEach, describe, expect, test } from "vitest";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import { dashboardOwners } from "./dashboards";
import { listAccountOwners, listAccountWorkers } from "./users";

beforeEach(truncateAll);

describe("who the owner pickers and filters offer", () => {
  test("owners: active customer managers only (not directors, admins or executives)", async () => {
    const [manager, , , ,] = await Promise.all([
      createUser("manager"),
      createUser("director"),
      createUser("admin"),
      createUser("executive"),
      createUser("manager", { active: false }),
    ]);
    expect((await listAccountOwners()).map((u) => u.id)).toEqual([manager.id]);
  });

  test("the dashboards' owner filter offers managers, former ones included", async () => {
    const [manager, , , , gone] = await Promise.all([
      createUser("manager"),
      createUser("director"),
      createUser("admin"),
      createUser("executive"),
      createUser("manager", { active: false }),
    ]);
    expect((await dashboardOwners()).map((u) => u.id)).toEqual([manager.id, gone.id]);
  });

  test("team candidates: everyone active but executives", async () => {
    const users = await Promise.all([
      createUser("manager"),
      createUser("director"),
      createUser("admin"),
      createUser("executive"),
    ]);
    const ids = (await listAccountWorkers()).map((u) => u.id).sort();
    expect(ids).toEqual(
      users
        .slice(0, 3)
        .map((u) => u.id)
        .sort(),
    );
  });
});
