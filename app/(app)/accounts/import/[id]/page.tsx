import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { CheckReport } from "@/components/import/check-report";
import { ConfigureForm } from "@/components/import/configure-form";
import { StartImportButton, UndoImportButton } from "@/components/import/import-buttons";
import { ImportProgress } from "@/components/import/import-progress";
import { PreviewTable } from "@/components/import/preview-table";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { getImport, listMappings, previewImport, reportRows } from "@/db/queries/imports";
import { listAccountOwners } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/session";
import { DEFAULT_RULES } from "@/lib/import/duplicates";
import { ENCODINGS, type Encoding } from "@/lib/import/encoding";
import { suggestMapping } from "@/lib/import/suggest";
import { can } from "@/lib/policy";

export async function generateMetadata() {
  const t = await getTranslations("import");
  return { title: t("title") };
}

const linkClass = "text-sm text-brand-700 underline";

/**
 * One import, at the step its status is in: encoding, preview and mapping
 * (uploaded, checked), the dry run's report and "Import" (checked), progress
 * (checking, queued, running, failed), the result and "Undo" (done), undone.
 */
export default async function ImportDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ encoding?: string }>;
}) {
  const user = await requireUser();
  if (!can(user, "import.run")) forbidden();
  const [{ id }, query, t] = await Promise.all([params, searchParams, getTranslations("import")]);
  const record = await getImport(user, id);
  if (!record) notFound();
  const status = record.status;
  const progress = {
    status,
    totalRows: record.totalRows,
    errorRows: record.errorRows,
    doneRows: record.doneRows,
  };
  const configurable = status === "uploaded" || status === "checked";

  let configure = null;
  if (configurable) {
    const encoding = (ENCODINGS as readonly string[]).includes(query.encoding ?? "")
      ? (query.encoding as Encoding)
      : (record.encoding as Encoding);
    const anyOwner = can(user, "import.anyOwner");
    const [preview, saved, owners] = await Promise.all([
      previewImport(record, encoding),
      listMappings(user),
      anyOwner ? listAccountOwners() : null,
    ]);
    configure = (
      <>
        <Card title={t("encoding.title")}>
          {preview.ok ? (
            <PreviewTable header={preview.header} rows={preview.rows} />
          ) : (
            <Alert tone="error">{t("encoding.unreadable")}</Alert>
          )}
        </Card>
        <Card title={t("mapping.title")}>
          <ConfigureForm
            id={record.id}
            format={record.format}
            encoding={encoding}
            detectedEncoding={record.detectedEncoding as Encoding}
            header={record.header}
            sample={preview.rows[0] ?? []}
            mapping={
              record.mapping?.length === record.header.length
                ? record.mapping
                : suggestMapping(record.header)
            }
            saved={saved.map((s) => ({ name: s.name, byHeader: s.byHeader }))}
            rules={record.rules ?? DEFAULT_RULES}
            owners={owners?.filter((o) => o.role === "manager") ?? null}
            ownerId={record.ownerId}
          />
        </Card>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t("title")}
        description={`${record.fileName} — ${t(`status.${status}`)}`}
        actions={
          <Link href="/accounts/import" className={linkClass}>
            {t("upload.recent")}
          </Link>
        }
      />
      <div className="space-y-6">
        {configure}
        {status === "checked" ? (
          <Card title={t("check.title")}>
            <div className="space-y-4">
              <CheckReport
                id={record.id}
                counts={{
                  total: record.totalRows,
                  errors: record.errorRows,
                  duplicates: record.duplicateRows,
                }}
                rows={await reportRows(record.id)}
              />
              <StartImportButton id={record.id} rows={record.totalRows - record.errorRows} />
            </div>
          </Card>
        ) : null}
        {["checking", "queued", "running", "failed", "done"].includes(status) ? (
          <Card title={status === "checking" ? t("check.title") : t("run.title")}>
            <ImportProgress id={record.id} initial={progress} />
          </Card>
        ) : null}
        {status === "done" ? (
          <Card title={t("result.title")}>
            <div className="space-y-4">
              <p className="text-sm font-medium" data-testid="import-result">
                {t("result.summary", {
                  created: record.createdCount,
                  updated: record.updatedCount,
                  skipped: record.skippedCount,
                  errors: record.errorRows,
                  contacts: record.contactCount,
                })}
              </p>
              <Link href="/accounts" className={linkClass}>
                {t("result.viewAccounts")}
              </Link>
              <UndoImportButton id={record.id} />
            </div>
          </Card>
        ) : null}
        {status === "undone" ? <Alert tone="info">{t("result.undone")}</Alert> : null}
      </div>
    </>
  );
}
