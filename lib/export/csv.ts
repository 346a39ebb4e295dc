import { csvCellText, type ExportValue } from "./cells";

/** The byte order mark that makes Excel read a CSV as UTF-8 (else Chinese is garbled). */
export const BOM = "\uFEFF";

/** Cells RFC 4180 quotes: a separator, a quote, or a line break of any kind (Excel starts a new row at a bare CR or LF). */
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTES = /"/g;

/**
 * Rows as CSV lines (CRLF, RFC 4180 quoting), every cell through `csvCellText`.
 * Written by hand, one string per batch: a general CSV writer cost most of a 100k-row
 * export's time.
 */
export function csvLines(rows: readonly (readonly ExportValue[])[]): string {
  let out = "";
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const cell = csvCellText(row[i]!);
      if (i > 0) out += ",";
      out += NEEDS_QUOTES.test(cell) ? `"${cell.replace(QUOTES, '""')}"` : cell;
    }
    out += "\r\n";
  }
  return out;
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
