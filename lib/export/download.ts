/**
 * `Content-Disposition` for a download named in any language: an ASCII `filename`
 * for old clients (other characters as `_`) and the real name as RFC 5987/6266
 * `filename*` in UTF-8, which browsers prefer.
 */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** `客户-2026-12-03.csv`: the export's name in the user's language and the day (YYYY-MM-DD). */
export const exportFilename = (name: string, day: string, format: ExportFormat) =>
  `${name}-${day}.${format}`;
