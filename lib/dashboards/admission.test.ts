import { afterEach, describe, expect, test, vi } from "vitest";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { AdmissionQueue, AdmissionRefused } from "./admission";

/** A task that runs until `finish()` is called. */
function pending() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { task: () => done.then(() => "done"), finish };
}

afterEach(() => vi.useRealTimers());

describe("dashboard admission", () => {
  test("runs at most `slots` at once and admits waiters in order as slots free", async () => {
    const queue = new AdmissionQueue(2, 10, 10_000);
    const [a, b, c, d] = [pending(), pending(), pending(), pending()];
    const order: string[] = [];
    const runs = [a, b, c, d].map((p, i) => queue.run(() => (order.push(`start ${i}`), p.task())));
    await Promise.resolve();
    expect(queue.load).toEqual({ running: 2, waiting: 2 });
    expect(order).toEqual(["start 0", "start 1"]);
    b.finish();
    await runs[1];
    await Promise.resolve();
    expect(order).toEqual(["start 0", "start 1", "start 2"]);
    a.finish();
    c.finish();
    d.finish();
    expect(await Promise.all(runs)).toEqual(["done", "done", "done", "done"]);
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });

  test("refuses beyond the queue, and a waiter past its time, as a full database", async () => {
    vi.useFakeTimers();
    const queue = new AdmissionQueue(1, 1, 5_000);
    const first = pending();
    const running = queue.run(first.task);
    const waiting = queue.run(async () => "late");
    await expect(queue.run(async () => "x")).rejects.toThrow(AdmissionRefused);
    const refused = expect(waiting).rejects.toMatchObject({ code: "53300" });
    await vi.advanceTimersByTimeAsync(5_001);
    await refused;
    expect(isDatabaseUnavailable(new AdmissionRefused("queue full"))).toBe(true);
    first.finish();
    expect(await running).toBe("done");
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
    // A failing task frees its slot too.
    await expect(queue.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });
});
