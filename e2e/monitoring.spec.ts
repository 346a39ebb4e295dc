import { expect, test } from "./fixtures";

test.describe("monitoring endpoints", () => {
  test("/api/health and /api/ready answer 200 without sign-in", async ({ request }) => {
    const health = await request.get("/api/health", { maxRedirects: 0 });
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await request.get("/api/ready", { maxRedirects: 0 });
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ok", database: "up" });
    expect(ready.headers()["cache-control"]).toBe("no-store");
  });

  test("with the database up, pages are not held by the outage gate", async ({ request }) => {
    const page = await request.get("/sign-in", { maxRedirects: 0 });
    expect(page.status()).toBe(200);
    expect(await page.text()).not.toContain("Database unavailable");
  });
});
