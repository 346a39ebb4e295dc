import { describe, expect, it } from "vitest";
import { contentDisposition, exportFilename } from "./download";

describe("download name", () => {
  it("carries a Chinese name as RFC 5987 UTF-8 with an ASCII fallback", () => {
    const header = contentDisposition(exportFilename("客户", "2026-12-03", "csv"));
    expect(header).toBe(
      `attachment; filename="__-2026-12-03.csv"; filename*=UTF-8''%E5%AE%A2%E6%88%B7-2026-12-03.csv`,
    );
    const encoded = /filename\*=UTF-8''(.+)$/.exec(header)![1]!;
    expect(decodeURIComponent(encoded)).toBe("客户-2026-12-03.csv");
  });

  it("keeps quotes and backslashes out of the plain filename", () => {
    expect(contentDisposition('a"b\\c.xlsx')).toMatch(/^attachment; filename="a_b_c.xlsx"; /);
    expect(contentDisposition("it's (1).csv")).toContain("filename*=UTF-8''it%27s%20%281%29.csv");
  });
});
