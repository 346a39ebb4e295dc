import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/db";
import { accounts, serviceRequests } from "@/db/schema";
import { createUser, truncateAll } from "@/db/testing/fixtures";
import type { Actor } from "@/lib/policy";
import { listServiceRequests } from "./service";

let director: Actor, m1: Actor, m2: Actor;
const now = new Date("2026-12-10T02:00:00Z");

beforeAll(async () => {
  await truncateAll();
  [director, m1, m2] = [
    await createUser("director"),
    await createUser("manager"),
    await createUser("manager"),
  ];
  const [a, b] = await db
    .insert(accounts)
    .values([
      { code: "n0103001", name: "杭州华彩涂料", ownerId: m1.id },
      { code: "n0103002", name: "Acme Paints", ownerId: m2.id },
    ])
    .returning();
  const request = (accountId: string, subject: string, day: number) => ({
    accountId,
    subject,
    receivedAt: new Date(Date.UTC(2026, 11, day, 2)),
    channel: "phone" as const,
    type: "complaint" as const,
    slaFirstResponseHours: 4,
    slaResolutionHours: 16,
    firstResponseDueAt: new Date(Date.UTC(2026, 11, day, 6)),
  });
  await db
    .insert(serviceRequests)
    .values([
      request(a!.id, "涂层起泡投诉", 1),
      request(a!.id, "交货延迟", 2),
      request(b!.id, "Blistering coat", 3),
      request(b!.id, "第二批起泡", 4),
    ]);
});

const subjects = async (actor: Actor, q: string) =>
  (await listServiceRequests({ actor, filters: { q }, now })).rows.map((r) => r.subject);

describe("service list search", () => {
  test("two Chinese characters of the subject find it, newest first", async () => {
    expect(await subjects(director, "起泡")).toEqual(["第二批起泡", "涂层起泡投诉"]);
  });

  test("the customer's name finds its requests; Latin text is matched whatever its case", async () => {
    expect(await subjects(director, "华彩")).toEqual(["交货延迟", "涂层起泡投诉"]);
    expect(await subjects(director, "blister")).toEqual(["Blistering coat"]);
  });

  test("a manager finds only the requests they may see", async () => {
    expect(await subjects(m1, "起泡")).toEqual(["涂层起泡投诉"]);
    expect(await subjects(m2, "华彩")).toEqual([]);
  });
});
