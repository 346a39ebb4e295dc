import { stringify } from "csv-stringify/sync";
import { csvCellText, type ExportValue } from "./cells";

/** The byte order mark that makes Excel read a CSV as UTF-8 (else Chinese is garbled). */
export const BOM = "\uFEFF";

/** Rows as CSV lines (CRLF, RFC 4180 quoting), every cell through `csvCellText`. */
export function csvLines(rows: readonly (readonly ExportValue[])[]): string {
  if (rows.length === 0) return "";
  return stringify(
    rows.map((row) => row.map(csvCellText)),
    // Records end in CRLF; a bare LF or CR inside a cell is quoted too (csv-stringify
    // quotes only the record delimiter itself), else Excel starts a new row there.
    { record_delimiter: "windows", quoted_match: /[\r\n]/ },
  );
}

/**
 * A CSV download as a byte stream: the BOM and the header at once, then one batch of
 * rows each time the reader asks for more (so a slow client holds one batch in
 * memory, not the whole file). Cancelling the download closes `batches` (and the
 * database cursor behind it).
 */
export function csvStream(
  header: readonly string[],
  batches: AsyncIterable<readonly (readonly ExportValue[])[]>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(BOM + csvLines([header])));
      },
      async pull(controller) {
        for (;;) {
          const next = await iterator.next();
          if (next.done) return controller.close();
          // An empty batch enqueues nothing, and a pull that enqueues nothing is not repeated.
          if (next.value.length > 0)
            return controller.enqueue(encoder.encode(csvLines(next.value)));
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}
