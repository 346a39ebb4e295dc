import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/cost/money";
import type { Cell, TableModel } from "@/lib/dashboards/tables";
import { TableScroll } from "@/components/ui/table-scroll";

/**
 * Cell styles are set once on the table rather than on each cell and link: a table
 * by owner has hundreds of cells, and every class would be sent twice (HTML and RSC).
 */
const tableClass = [
  "w-full text-left text-sm",
  "[&_thead]:border-b [&_thead]:border-slate-200 [&_thead]:text-xs [&_thead]:text-slate-500",
  "[&_thead_th]:py-2 [&_thead_th:first-child]:pr-3 [&_thead_th+th]:px-2 [&_thead_th+th]:text-right",
  "[&_tbody_tr]:border-b [&_tbody_tr]:border-slate-100",
  "[&_tbody_th]:py-1.5 [&_tbody_th]:pr-3 [&_tbody_th]:font-medium",
  "[&_td]:px-2 [&_td]:py-1.5 [&_td]:text-right [&_td]:tabular-nums",
  "[&_a]:font-medium [&_a]:text-brand-700 [&_a]:underline-offset-2 [&_a:hover]:underline",
].join(" ");

/**
 * A chart's numbers as a real table, folded under the chart unless `open`. A folded
 * table is left off paper (its summary alone says nothing there); one opened before
 * printing prints.
 */
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
  // Days and shares always show one decimal, as in the CSV, so a column's points line up.
  const text = (cell: Cell) => {
    if ("text" in cell) return cell.text;
    if ("count" in cell) return format.number(cell.count);
    if ("days" in cell)
      return cell.days === null
        ? t("none")
        : format.number(cell.days, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    if ("money" in cell)
      return cell.money === null ? t("none") : formatMoney(cell.money, cell.currency, locale);
    return cell.share === null
      ? t("none")
      : format.number(cell.share, {
          style: "percent",
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        });
  };
  const content = (cell: Cell) =>
    "href" in cell && cell.href ? (
      <Link href={cell.href} prefetch={false} aria-label={"label" in cell ? cell.label : undefined}>
        {text(cell)}
      </Link>
    ) : (
      text(cell)
    );
  const body = (
    <TableScroll label={caption}>
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {content(cell)}
                  </th>
                ) : (
                  <td key={i}>{content(cell)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
  if (open) return body;
  return (
    <details className="mt-3 print:[&:not([open])]:hidden">
      <summary className="cursor-pointer text-sm font-medium text-brand-700 print:hidden">
        {t("showNumbers")}
      </summary>
      <div className="mt-2">{body}</div>
    </details>
  );
}
