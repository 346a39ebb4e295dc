import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { UploadForm } from "@/components/import/upload-form";
import { Card, PageHeader } from "@/components/ui/card";
import { TableScroll } from "@/components/ui/table-scroll";
import { listImports } from "@/db/queries/imports";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";

export async function generateMetadata() {
  const t = await getTranslations("import");
  return { title: t("title") };
}

/** Import customers, step 1: upload a file; below, the user's recent imports. */
export default async function ImportPage() {
  const user = await requireUser();
  if (!can(user, "import.run")) forbidden();
  const [recent, t, format] = await Promise.all([
    listImports(user),
    getTranslations("import"),
    getFormatter(),
  ]);
  const th = "py-2 pr-3";
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="space-y-6">
        <Card title={t("upload.title")}>
          <UploadForm />
        </Card>
        <Card title={t("upload.recent")}>
          {recent.length === 0 ? (
            <p className="text-sm text-slate-600">{t("upload.none")}</p>
          ) : (
            <TableScroll label={t("upload.recent")}>
              <table className="w-full text-left text-sm">
                <thead className="border-b border-slate-200 text-slate-600">
                  <tr>
                    <th className={th}>{t("upload.file")}</th>
                    <th className={th}>{t("upload.status")}</th>
                    <th className={th}>{t("upload.rows")}</th>
                    <th className={th}>{t("upload.uploaded")}</th>
                  </tr>
                </thead>
                <tbody>
                  {recent.map((r) => (
                    <tr key={r.id} className="border-b border-slate-100">
                      <td className={th}>
                        <Link
                          href={`/accounts/import/${r.id}`}
                          className="text-brand-700 underline"
                        >
                          {r.fileName}
                        </Link>
                      </td>
                      <td className={th}>{t(`status.${r.status}`)}</td>
                      <td className={th}>{format.number(r.totalRows)}</td>
                      <td className={th}>
                        {format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </Card>
      </div>
    </>
  );
}
