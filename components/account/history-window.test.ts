import { describe, expect, test } from "vitest";
import { HISTORY_PAGE, historyWindow } from "./history-window";

const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000);
/** Entries with ids `from` down to `to`, one a day, the newest on day `from`. */
const entries = (from: number, to: number) =>
  Array.from({ length: from - to + 1 }, (_, i) => ({ id: from - i, at: day(from - i) }));
const moves = [5, 60, 150, 230].map((d) => ({ at: day(d) }));

describe("a page of an account's history", () => {
  test("everything fits: all edits and all moves, no older page", () => {
    const page = historyWindow({ fetched: entries(40, 1), moves });
    expect(page.edits).toHaveLength(40);
    expect(page.moves).toEqual(moves);
    expect(page.olderBefore).toBeNull();
  });

  test("the first of several pages shows the moves since its oldest edit", () => {
    // 250 edits on days 250..1; the page shows 100 (days 250..151) plus one to know more exist.
    const page = historyWindow({ fetched: entries(250, 250 - HISTORY_PAGE), moves });
    expect(page.edits.map((e) => e.id)).toEqual(entries(250, 151).map((e) => e.id));
    expect(page.moves.map((m) => m.at)).toEqual([day(230)]);
    expect(page.olderBefore).toBe(151);
  });

  test("a later page shows the moves between the previous page's last edit and its own", () => {
    const second = historyWindow({ fetched: entries(150, 50), moves, newerThan: day(151) });
    expect(second.edits).toHaveLength(HISTORY_PAGE);
    expect(second.moves.map((m) => m.at)).toEqual([day(60), day(150)]);
    expect(second.olderBefore).toBe(51);
    const last = historyWindow({ fetched: entries(50, 1), moves, newerThan: day(51) });
    expect(last.moves.map((m) => m.at)).toEqual([day(5)]);
    expect(last.olderBefore).toBeNull();
  });
});
