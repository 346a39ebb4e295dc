import { describe, expect, it } from "vitest";
import { workerCount } from "./workers";

describe("workerCount", () => {
  it("runs one worker per core unless PCRM_WORKERS says otherwise", () => {
    expect(workerCount(undefined, 2)).toBe(2);
    expect(workerCount("", 3)).toBe(3);
    expect(workerCount(undefined, 0)).toBe(1);
    expect(workerCount("1", 8)).toBe(1);
    expect(workerCount(" 3 ", 2)).toBe(3);
  });

  it("runs at most four by default, so the workers' database pools fit PostgreSQL's default limit", () => {
    expect(workerCount(undefined, 8)).toBe(4);
    expect(workerCount("8", 8)).toBe(8);
  });

  it("refuses a value that is not a worker count, naming the variable", () => {
    for (const bad of ["0", "-1", "1.5", "two", "65"]) {
      expect(() => workerCount(bad, 2)).toThrow(/^PCRM_WORKERS must be a whole number/);
    }
  });
});
