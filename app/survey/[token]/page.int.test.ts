import { beforeEach, describe, expect, test, vi } from "vitest";
import { db } from "@/db";
import { signInAttempts } from "@/db/schema";
import { truncateAll } from "@/db/testing/fixtures";
import { SURVEY_VIEW_RATE } from "@/lib/surveys/view-limit";

/* The public survey page's view limit: in memory, per address and link, no row written. */

let forwardedFor = "";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": forwardedFor }),
}));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Redirected(to);
  },
}));
class Redirected extends Error {
  constructor(readonly to: string) {
    super(`redirect ${to}`);
  }
}

const { default: SurveyPage } = await import("./page");

/** Opens the page for `token` from `address`: "shown" or where it redirected. */
async function view(token: string, address: string) {
  forwardedFor = address;
  try {
    await SurveyPage({
      params: Promise.resolve({ token }),
      searchParams: Promise.resolve({}),
    });
    return "shown";
  } catch (e) {
    if (e instanceof Redirected) return e.to;
    throw e;
  }
}

// Tokens nobody was given: a view is counted before the token is looked up.
const linkA = "a".repeat(43);
const linkB = "b".repeat(43);

beforeEach(truncateAll);

describe("the public survey page's view limit", () => {
  test("refuses the view past the limit for one address and link, writing no row", async () => {
    const office = "203.0.113.50";
    for (let i = 0; i < SURVEY_VIEW_RATE.points; i++) {
      expect(await view(linkA, office), `view ${i + 1}`).toBe("shown");
    }
    expect(await view(linkA, office)).toBe("/survey/limited");
    // A page never writes: nothing counted in the database.
    expect(await db.select().from(signInAttempts)).toEqual([]);
  });

  test("two links opened from one address have separate budgets, as do two addresses", async () => {
    const office = "203.0.113.51";
    for (let i = 0; i < SURVEY_VIEW_RATE.points; i++) await view(linkA, office);
    expect(await view(linkA, office)).toBe("/survey/limited");
    // A colleague behind the same office address opens their own link.
    expect(await view(linkB, office)).toBe("shown");
    // Someone elsewhere opens the hammered link.
    expect(await view(linkA, "198.51.100.52")).toBe("shown");
  });
});
