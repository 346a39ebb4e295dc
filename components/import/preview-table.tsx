import { getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";

/** The file's header and first rows as read with the chosen encoding. */
export async function PreviewTable({ header, rows }: { header: string[]; rows: string[][] }) {
  const t = await getTranslations("import.encoding");
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">{t("hint")}</p>
      <TableScroll label={t("previewLabel")}>
        <table className="w-full text-left text-xs" data-testid="import-preview">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              {header.map((h, i) => (
                <th key={i} className="whitespace-nowrap py-1.5 pr-3">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r} className="border-b border-slate-100">
                {row.map((cell, c) => (
                  <td key={c} className="whitespace-nowrap py-1 pr-3">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
