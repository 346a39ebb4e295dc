import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/cost/money";
import type { Cell, TableModel } from "./tables";

/** A chart's numbers as a real table, folded under the chart unless `open`. */
export async function DataTable({
  table,
  caption,
  open = false,
}: {
  table: TableModel;
  caption: string;
  open?: boolean;
}) {
  const [format, t, locale] = await Promise.all([
    getFormatter(),
    getTranslations("dashboards.panel"),
    getLocale(),
  ]);
  const text = (cell: Cell) => {
    if ("text" in cell) return cell.text;
    if ("count" in cell) return format.number(cell.count);
    if ("days" in cell)
      return cell.days === null
        ? t("none")
        : format.number(cell.days, { maximumFractionDigits: 1 });
    if ("money" in cell)
      return cell.money === null ? t("none") : formatMoney(cell.money, cell.currency, locale);
    return cell.share === null
      ? t("none")
      : format.number(cell.share, { style: "percent", maximumFractionDigits: 1 });
  };
  const content = (cell: Cell) =>
    "href" in cell && cell.href ? (
      <Link
        href={cell.href}
        aria-label={"label" in cell ? cell.label : undefined}
        className="font-medium text-brand-700 underline-offset-2 hover:underline"
      >
        {text(cell)}
      </Link>
    ) : (
      text(cell)
    );
  const body = (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-xs text-slate-500">
          <tr>
            {table.columns.map((column, i) => (
              <th
                key={column}
                scope="col"
                className={i === 0 ? "py-2 pr-3" : "px-2 py-2 text-right"}
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} className="border-b border-slate-100">
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="py-1.5 pr-3 font-medium">
                    {content(cell)}
                  </th>
                ) : (
                  <td key={i} className="px-2 py-1.5 text-right tabular-nums">
                    {content(cell)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  if (open) return body;
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm font-medium text-brand-700">
        {t("showNumbers")}
      </summary>
      <div className="mt-2">{body}</div>
    </details>
  );
}
