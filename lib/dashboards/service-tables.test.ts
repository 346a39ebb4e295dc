import { describe, expect, it } from "vitest";
import { NO_COUNTS } from "@/lib/service/attainment";
import {
  ageBucketLabels,
  attainmentMonthsTable,
  attainmentOwnersTable,
  escalationsTable,
} from "./service-tables";
import type { Labels } from "./tables";

const labels = {
  t: (key: string, values?: Record<string, string | number>) =>
    values ? `${key}${JSON.stringify(values)}` : key,
} as Labels;
const rows = [
  { month: 1, ownerId: "a", ownerName: "甲", ...NO_COUNTS, requests: 3, firstResponseMet: 3 },
  {
    month: 3,
    ownerId: "a",
    ownerName: "甲",
    ...NO_COUNTS,
    requests: 2,
    firstResponseMissed: 1,
    resolutionMet: 1,
    resolutionMissed: 1,
  },
  { month: 3, ownerId: null, ownerName: null, ...NO_COUNTS, requests: 1 },
];

describe("service dashboard tables", () => {
  it("per month: every month of the period, attainment empty where nothing is decided", () => {
    const table = attainmentMonthsTable(rows, ["2026-10", "2026-11", "2026-12"], labels);
    expect(table.rows.map((r) => r.map((c) => Object.values(c)[0]))).toEqual([
      ["2026-10", 3, 3, 0, 1, 0, 0, null],
      ["2026-11", 0, 0, 0, null, 0, 0, null],
      ["2026-12", 3, 0, 1, 0, 1, 1, 0.5],
    ]);
  });

  it("per owner over the period; no owner is named as such", () => {
    const table = attainmentOwnersTable(rows, labels);
    expect(table.rows.map((r) => [Object.values(r[0]!)[0], Object.values(r[1]!)[0]])).toEqual([
      ["甲", 5],
      ["noOwner", 1],
    ]);
  });

  it("escalations name the level by clock and target, with the acknowledged share", () => {
    const table = escalationsTable(
      [{ month: 2, clock: "first_response", target: "director", fired: 4, acknowledged: 1 }],
      ["2026-10", "2026-11"],
      labels,
    );
    expect(table.rows).toEqual([
      [
        { text: "2026-11" },
        { text: 'service.levelName{"clock":"first_response","target":"director"}' },
        { count: 4 },
        { count: 1 },
        { share: 0.25 },
      ],
    ]);
    expect(ageBucketLabels(labels)).toHaveLength(5);
  });
});
