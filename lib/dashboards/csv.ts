import { minorToDecimal } from "@/lib/cost/money";
import { defuseFormula } from "@/lib/export/cells";
import type { Cell, TableModel } from "./tables";

function cellText(cell: Cell): string {
  if ("text" in cell) return defuseFormula(cell.text);
  if ("count" in cell) return String(cell.count);
  if ("days" in cell) return cell.days === null ? "" : cell.days.toFixed(1);
  if ("money" in cell) return cell.money === null ? "" : minorToDecimal(cell.money, cell.currency);
  return cell.share === null ? "" : `${(cell.share * 100).toFixed(1)}%`;
}

const quote = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/**
 * The table as CSV, with a BOM so Excel opens Chinese text correctly. Free text
 * (drop reasons) that starts like a formula is prefixed so a spreadsheet shows it
 * instead of running it.
 */
export function toCsv(table: TableModel): string {
  const lines = [
    table.columns.map((c) => quote(c)).join(","),
    ...table.rows.map((row) => row.map((cell) => quote(cellText(cell))).join(",")),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
