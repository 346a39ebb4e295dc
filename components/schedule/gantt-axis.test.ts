import { describe, expect, test } from "vitest";
import { monthTicks, placeMonthLabels, textWidth } from "./gantt-axis";

const WIDTH = 1000;
const FONT = 11;
const extent = (label: { x: number; anchor: "start" | "end"; text: string }): [number, number] => {
  const width = textWidth(label.text, FONT);
  return label.anchor === "start" ? [label.x, label.x + width] : [label.x - width, label.x];
};

describe("the Gantt's month axis", () => {
  test("a month starting near the right edge keeps its whole label inside the chart", () => {
    const labels = placeMonthLabels(
      [
        { x: 600, text: "May 2026" },
        { x: 985, text: "Jun 2026" },
      ],
      WIDTH,
      FONT,
    );
    expect(labels[1]).toMatchObject({ text: "Jun 2026", anchor: "end" });
    const [start, end] = extent(labels[1]!);
    expect(end).toBeLessThanOrEqual(WIDTH);
    expect(start).toBeGreaterThan(extent(labels[0]!)[1]);
  });

  test("Chinese month labels fit too", () => {
    const [label] = placeMonthLabels([{ x: 990, text: "2026年6月" }], WIDTH, FONT);
    expect(extent(label!)[1]).toBeLessThanOrEqual(WIDTH);
  });

  test("a label that would run into the one before it is left off, never overlapping", () => {
    const labels = placeMonthLabels(
      [
        { x: 930, text: "May 2026" },
        { x: 990, text: "Jun 2026" },
      ],
      WIDTH,
      FONT,
    );
    expect(labels[0]).toMatchObject({ anchor: "start", text: "May 2026" });
    expect(labels[1]).toBeNull();
  });

  test("labels well inside the chart stay just right of their tick", () => {
    expect(placeMonthLabels([{ x: 300, text: "Jan 2026" }], WIDTH, FONT)).toEqual([
      { x: 303, anchor: "start", text: "Jan 2026" },
    ]);
  });

  test("ticks are the month starts after the first date, at most twelve", () => {
    expect(monthTicks("2026-01-15", "2026-04-02")).toEqual([
      "2026-02-01",
      "2026-03-01",
      "2026-04-01",
    ]);
    expect(monthTicks("2020-01-01", "2026-01-01").length).toBeLessThanOrEqual(12);
  });
});
