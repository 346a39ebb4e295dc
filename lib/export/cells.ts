/**
 * What an export row holds, and the one rule that keeps a spreadsheet from running a
 * cell: text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a
 * formula by Excel, LibreOffice and Google Sheets when a CSV is opened, so such text
 * gets a leading apostrophe (shown as text, the apostrophe hidden in Excel).
 */

/** One exported value: text, a number (written as a number), or nothing. */
export type ExportValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet would run as a formula, made plain text. */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A value as CSV cell text: text defused, numbers as they are, nothing as empty. */
export function csvCellText(value: ExportValue): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return defuseFormula(value);
}
