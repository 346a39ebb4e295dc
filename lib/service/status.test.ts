import { describe, expect, it } from "vitest";
import { canChangeStatus, isReopen } from "./status";

describe("service request status transitions", () => {
  it("moves forward through the work and back from waiting on the customer", () => {
    expect(canChangeStatus("new", "acknowledged")).toBe(true);
    expect(canChangeStatus("acknowledged", "in_progress")).toBe(true);
    expect(canChangeStatus("in_progress", "waiting_on_customer")).toBe(true);
    expect(canChangeStatus("waiting_on_customer", "in_progress")).toBe(true);
    expect(canChangeStatus("in_progress", "resolved")).toBe(true);
    expect(canChangeStatus("resolved", "closed")).toBe(true);
  });

  it("refuses skipping to closed, going back to new, and staying put", () => {
    expect(canChangeStatus("new", "closed")).toBe(false);
    expect(canChangeStatus("in_progress", "new")).toBe(false);
    expect(canChangeStatus("in_progress", "in_progress")).toBe(false);
    expect(canChangeStatus("closed", "resolved")).toBe(false);
  });

  it("reopens resolved and closed requests into in progress", () => {
    expect(canChangeStatus("closed", "in_progress")).toBe(true);
    expect(isReopen("closed", "in_progress")).toBe(true);
    expect(isReopen("resolved", "in_progress")).toBe(true);
    expect(isReopen("waiting_on_customer", "in_progress")).toBe(false);
  });
});
