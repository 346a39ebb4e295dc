import { Readable } from "node:stream";
import { parse as parseCsv } from "csv-parse";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { iconvName, type Encoding } from "./encoding";

export const FORMATS = ["csv", "xlsx"] as const;
export type FileFormat = (typeof FORMATS)[number];

/** The file's bytes, as they arrive (a stream or any async iterable of chunks). */
export type ByteSource = AsyncIterable<Uint8Array> | Readable;

/** The format from a file name (and, failing that, its first bytes: an XLSX is a ZIP). */
export function formatOf(fileName: string, firstBytes?: Uint8Array): FileFormat {
  if (/\.xlsx$/i.test(fileName)) return "xlsx";
  if (/\.csv$|\.txt$/i.test(fileName)) return "csv";
  return firstBytes?.[0] === 0x50 && firstBytes[1] === 0x4b ? "xlsx" : "csv";
}

/** A file that cannot be read as the format it claims (message key under `import.errors`). */
export class ImportFileError extends Error {
  constructor(
    readonly key: "badFile" | "emptyFile",
    cause?: unknown,
  ) {
    super(key, { cause });
  }
}

const toReadable = (source: ByteSource) =>
  source instanceof Readable ? source : Readable.from(source, { objectMode: false });

async function* csvRows(source: ByteSource, encoding: Encoding): AsyncGenerator<string[]> {
  const parser = toReadable(source)
    .pipe(iconv.decodeStream(iconvName(encoding)))
    .pipe(
      parseCsv({
        bom: true,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
      }),
    );
  try {
    for await (const record of parser) yield record as string[];
  } catch (error) {
    throw new ImportFileError("badFile", error);
  }
}

/** A cell's value as the text a user saw in Excel. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("text" in value) return cellText(value.text as ExcelJS.CellValue);
  if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  if ("error" in value) return "";
  return "";
}

async function* xlsxRows(source: ByteSource): AsyncGenerator<string[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(toReadable(source), {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache", // without the styles a date is a bare serial number
    worksheets: "emit",
    entries: "emit",
  });
  try {
    // The first sheet only: a workbook's other sheets are notes, lists, pivots.
    for await (const sheet of reader) {
      let expected = 1;
      for await (const row of sheet) {
        // Blank rows are not emitted by the reader; keep row numbers honest anyway.
        for (; expected < row.number; expected++) yield [];
        expected = row.number + 1;
        const values = row.values as ExcelJS.CellValue[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        yield cells;
      }
      break;
    }
  } catch (error) {
    throw new ImportFileError("badFile", error);
  }
}

/**
 * The file's rows as arrays of cell texts, streamed: a CSV decoded from `encoding`
 * and parsed by csv-parse, an XLSX's first sheet by exceljs's streaming reader.
 * Blank rows are dropped. Memory stays flat however long the file is.
 */
export async function* readRows(
  source: ByteSource,
  options: { format: FileFormat; encoding: Encoding },
): AsyncGenerator<string[]> {
  const rows = options.format === "xlsx" ? xlsxRows(source) : csvRows(source, options.encoding);
  for await (const row of rows) {
    const cells = row.map((c) => c.trim());
    if (cells.some((c) => c !== "")) yield cells;
  }
}

/** The header row and up to `limit` rows after it (for the preview and the mapping). */
export async function previewRows(
  source: ByteSource,
  options: { format: FileFormat; encoding: Encoding },
  limit = 10,
): Promise<{ header: string[]; rows: string[][] }> {
  let header: string[] | null = null;
  const rows: string[][] = [];
  for await (const row of readRows(source, options)) {
    if (!header) header = row;
    else rows.push(row);
    if (rows.length >= limit) break;
  }
  if (!header) throw new ImportFileError("emptyFile");
  return { header, rows };
}
