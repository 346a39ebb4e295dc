import type { NextRequest } from "next/server";
import { errorRowBatches, getImport } from "@/db/queries/imports";
import { getCurrentUser } from "@/lib/auth/session";
import { csvStream } from "@/lib/export/csv";
import { contentDisposition } from "@/lib/export/download";
import { exportTranslator } from "@/lib/export/translate";
import { IMPORT_TARGETS } from "@/lib/import/fields";
import { errorText } from "@/lib/import/report";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { resolveLocale } from "@/lib/i18n/locale";

/**
 * `GET /accounts/import/<id>/errors`: the dry run's errors as CSV (UTF-8 with BOM),
 * one line per row and field — row number, field, message in the user's language,
 * the cell's value — every error row, streamed.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const locale = resolveLocale(
    request.cookies.get(LOCALE_COOKIE)?.value,
    request.headers.get("accept-language"),
  );
  const t = await exportTranslator(locale);
  const user = await getCurrentUser();
  if (!user) return new Response(t("import.errors.signIn"), { status: 401 });
  const { id } = await params;
  const record = await getImport(user, id);
  if (!record) return new Response(t("import.errors.notFound"), { status: 404 });
  const fieldName = (field: string) =>
    (IMPORT_TARGETS as readonly string[]).includes(field) ? t(`import.field.${field}`) : field;
  async function* lines() {
    for await (const rows of errorRowBatches(id)) {
      yield rows.flatMap((row) =>
        Object.entries(row.errors ?? {}).flatMap(([field, messages]) =>
          messages.map((message) => [
            row.rowNo,
            fieldName(field),
            errorText(t, message),
            row.values[field as keyof typeof row.values] ?? "",
          ]),
        ),
      );
    }
  }
  const header = [
    t("import.report.row"),
    t("import.report.field"),
    t("import.report.error"),
    t("import.report.value"),
  ];
  return new Response(csvStream(header, lines()), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(`${t("import.report.fileName")}.csv`),
      "Cache-Control": "no-store",
    },
  });
}
