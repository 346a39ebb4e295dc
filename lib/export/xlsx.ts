import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { ExportValue } from "./cells";

/**
 * An XLSX download as a byte stream, written by exceljs's streaming WorkbookWriter:
 * each row is committed (written out and dropped) as it is added, and a batch is
 * read from the database only when the output has drained, so memory stays flat.
 *
 * Text goes in as string cells, which a spreadsheet never runs as a formula, so it
 * is kept exactly as stored (no apostrophe as in the CSV).
 */
export function xlsxStream(
  sheetName: string,
  header: readonly string[],
  batches: AsyncIterable<readonly (readonly ExportValue[])[]>,
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = header.map((name) => ({
    header: name,
    width: Math.min(40, Math.max(10, [...name].length * 2 + 2)),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  const write = async () => {
    for await (const batch of batches) {
      if (out.destroyed) break; // the download was cancelled: closes the cursor
      for (const row of batch) sheet.addRow(row.map((v) => v ?? null)).commit();
      if (out.writableNeedDrain) await once(out, "drain");
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error as Error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
