import { Readable } from "node:stream";
import { describe, expect, test } from "vitest";
import { detectEncoding } from "./encoding";
import { formatOf, previewRows, readRows, type ByteSource } from "./parse";
import { csvBytes, customerRows, xlsxBytes } from "./testing/generate";

/** Bytes in small pieces, the way an upload or the stored chunks arrive. */
const chunked = (bytes: Buffer, size = 7): ByteSource =>
  Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    })(),
  );

async function all(source: ByteSource, options: Parameters<typeof readRows>[1]) {
  const rows: string[][] = [];
  for await (const row of readRows(source, options)) rows.push(row);
  return rows;
}

const rows = customerRows(5);

describe("encoding detection", () => {
  test("UTF-8 without a BOM", () => {
    expect(detectEncoding(csvBytes(rows, "utf-8"))).toBe("utf-8");
  });
  test("UTF-8 with a BOM", () => {
    expect(detectEncoding(csvBytes(rows, "utf-8-bom"))).toBe("utf-8-bom");
  });
  test("GBK (what Chinese Excel saves) is read as GB18030", () => {
    expect(detectEncoding(csvBytes(rows, "gb18030"))).toBe("gb18030");
  });
  test("a UTF-8 character cut at the end of the sample is still UTF-8", () => {
    const bytes = Buffer.from("客户名称,城市\r\n北京", "utf8");
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1))).toBe("utf-8");
  });
  test("plain ASCII is UTF-8", () => {
    expect(detectEncoding(Buffer.from("name,city\r\nAcme,Beijing"))).toBe("utf-8");
  });
});

describe("reading rows", () => {
  test.each(["utf-8", "utf-8-bom", "gb18030"] as const)(
    "a %s CSV in 7-byte pieces gives back the Chinese text exactly",
    async (encoding) => {
      const read = await all(chunked(csvBytes(rows, encoding)), { format: "csv", encoding });
      expect(read).toEqual(rows);
      expect(read[0]![0]).toBe("客户名称");
    },
  );

  test("a GBK file read as UTF-8 is garbled (why the encoding is shown and can be changed)", async () => {
    const read = await all(chunked(csvBytes(rows, "gb18030")), {
      format: "csv",
      encoding: "utf-8",
    });
    expect(read[0]![0]).not.toBe("客户名称");
  });

  test("quoted cells with commas, quotes and line breaks, and blank lines dropped", async () => {
    const text = 'name,address\r\n"A, Ltd","1 ""Main"" St\nFloor 2"\r\n\r\n,\r\nB,x\r\n';
    const read = await all(chunked(Buffer.from(text)), { format: "csv", encoding: "utf-8" });
    expect(read).toEqual([
      ["name", "address"],
      ["A, Ltd", '1 "Main" St\nFloor 2'],
      ["B", "x"],
    ]);
  });

  test("an XLSX's first sheet: text, numbers and dates as the user saw them", async () => {
    const bytes = await xlsxBytes([
      ["客户名称", "员工数", "成立日期"],
      ["北京华彩涂料有限公司", 120, new Date(Date.UTC(2020, 4, 17))],
    ]);
    expect(await all(chunked(bytes, 1000), { format: "xlsx", encoding: "utf-8" })).toEqual([
      ["客户名称", "员工数", "成立日期"],
      ["北京华彩涂料有限公司", "120", "2020-05-17"],
    ]);
  });

  test("a generated XLSX reads back the same rows as the CSV", async () => {
    const bytes = await xlsxBytes(rows);
    const read = await all(chunked(bytes, 4096), { format: "xlsx", encoding: "utf-8" });
    expect(read.map((r) => r.slice(0, 3))).toEqual(rows.map((r) => r.slice(0, 3)));
    expect(read).toHaveLength(6);
  });

  test("a file that is no XLSX is refused as a bad file, not a crash", async () => {
    await expect(
      all(chunked(Buffer.from("not a zip at all")), { format: "xlsx", encoding: "utf-8" }),
    ).rejects.toMatchObject({ key: "badFile" });
  });

  test("an empty file has no header: refused as empty", async () => {
    await expect(
      previewRows(chunked(Buffer.from("\r\n\r\n")), { format: "csv", encoding: "utf-8" }),
    ).rejects.toMatchObject({ key: "emptyFile" });
  });

  test("the preview stops after the header and the first rows", async () => {
    const preview = await previewRows(
      chunked(csvBytes(customerRows(50), "utf-8")),
      { format: "csv", encoding: "utf-8" },
      3,
    );
    expect(preview.header[0]).toBe("客户名称");
    expect(preview.rows).toHaveLength(3);
  });

  test("the format comes from the name, else from the ZIP signature", () => {
    expect(formatOf("客户.XLSX")).toBe("xlsx");
    expect(formatOf("客户.csv")).toBe("csv");
    expect(formatOf("upload", Buffer.from("PK\u0003\u0004"))).toBe("xlsx");
    expect(formatOf("upload", Buffer.from("a,b"))).toBe("csv");
  });
});
