import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { ExportValue } from "./cells";
import { BOM, csvLines, csvStream } from "./csv";

async function* batchesOf(...batches: ExportValue[][][]) {
  yield* batches;
}

/** Text made of what CSV quoting and formula escaping must get right, and Chinese. */
const cellText = fc.oneof(
  fc.string({
    unit: fc.constantFrom("a", "中", ",", '"', "\n", "\r", "=", "+", "-", "@", "\t", " "),
  }),
  fc.string({ unit: "grapheme" }),
);

const download = async (stream: ReadableStream<Uint8Array>) =>
  Buffer.from(await new Response(stream).arrayBuffer());

describe("CSV export", () => {
  it("starts with the UTF-8 BOM and keeps Chinese as UTF-8", async () => {
    const bytes = await download(
      csvStream(["客户名称", "城市"], batchesOf([["杭州湖畔涂料有限公司", "杭州"]])),
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text).toBe(`${BOM}客户名称,城市\r\n杭州湖畔涂料有限公司,杭州\r\n`);
  });

  it("quotes separators, quotes and line breaks, and defuses formulas", () => {
    expect(csvLines([['a, "b"', "line\nbreak", "=1+1", 42, null]])).toBe(
      '"a, ""b""","line\nbreak",\'=1+1,42,\r\n',
    );
  });

  it("streams every batch in order, and an export without rows is just the header", async () => {
    const text = (
      await download(csvStream(["n"], batchesOf([["1"], ["2"]], [], [["3"]])))
    ).toString();
    expect(text).toBe(`${BOM}n\r\n1\r\n2\r\n3\r\n`);
    expect((await download(csvStream(["n"], batchesOf()))).toString()).toBe(`${BOM}n\r\n`);
  });

  it("reads back as the same cells (formula text with its apostrophe)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellText, { minLength: 2, maxLength: 2 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const parsed = parse(csvLines(rows), { relax_column_count: false }) as string[][];
          expect(parsed).toEqual(
            rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell))),
          );
        },
      ),
    );
  });

  it("closes the source when the download is cancelled", async () => {
    let closed = false;
    async function* endless() {
      try {
        for (let i = 0; ; i++) yield [[String(i)]];
      } finally {
        closed = true;
      }
    }
    const reader = csvStream(["n"], endless()).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(closed).toBe(true);
  });
});
