import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { AdminTabs } from "@/components/settings/admin-tabs";
import { ReferenceItemForm } from "@/components/settings/reference-item-form";
import { ReferenceItemRow } from "@/components/settings/reference-item-row";
import { Card, PageHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { listReferenceItems } from "@/db/queries/reference-data";
import { REFERENCE_KINDS, type ReferenceKind } from "@/db/schema/reference-data";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { TableScroll } from "@/components/ui/table-scroll";

export async function generateMetadata() {
  const t = await getTranslations("settings.referenceData");
  return { title: t("title") };
}

export default async function ReferenceDataPage({
  searchParams,
}: {
  searchParams: Promise<{ kind?: string }>;
}) {
  const user = await requireUser();
  if (!can(user, "referenceData.manage")) forbidden();
  const requested = (await searchParams).kind;
  const kind: ReferenceKind = REFERENCE_KINDS.find((k) => k === requested) ?? "industry";
  const [all, t] = await Promise.all([
    listReferenceItems({ all: true }),
    getTranslations("settings.referenceData"),
  ]);
  const items = all.filter((i) => i.kind === kind);
  const nextSortOrder = Math.min(9999, Math.max(0, ...items.map((i) => i.sortOrder)) + 10);
  const columns = ["code", "nameEn", "nameZh", "sortOrder", "status", "actions"] as const;

  return (
    <>
      <AdminTabs current="referenceData" />
      <PageHeader title={t("title")} description={t("intro")} />
      <nav aria-label={t("kindsLabel")} className="mb-4 flex flex-wrap gap-2">
        {REFERENCE_KINDS.map((k) => (
          <Link
            key={k}
            href={`?kind=${k}`}
            aria-current={k === kind ? "page" : undefined}
            className={cn(
              "rounded-full border px-3 py-1 text-sm",
              k === kind
                ? "border-brand-600 bg-brand-600 text-white"
                : "border-slate-300 bg-white text-slate-700 hover:bg-slate-100",
            )}
          >
            {t(`kinds.${k}`)} ({all.filter((i) => i.kind === k).length})
          </Link>
        ))}
      </nav>
      <Card title={t(`add.${kind}`)} className="mb-6">
        <ReferenceItemForm key={kind} kind={kind} nextSortOrder={nextSortOrder} />
      </Card>
      <Card title={t(`kinds.${kind}`)}>
        {items.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <TableScroll label={t(`kinds.${kind}`)}>
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                <tr>
                  {columns.map((c) => (
                    <th key={c} scope="col" className="py-2 pr-3">
                      {t(c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <ReferenceItemRow key={`${item.id}-${item.version}`} item={item} />
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Card>
    </>
  );
}
