import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { InitiationHeader } from "@/components/evaluation/initiation-header";
import { DocDiffView } from "@/components/requirements/doc-diff-view";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getAccount } from "@/db/queries/accounts";
import { listRequirementVersions } from "@/db/queries/requirements";
import { listStakeholders } from "@/db/queries/stakeholders";
import { requireUser } from "@/lib/auth/session";
import { diffRequirementDocs } from "@/lib/requirements/diff";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>;
};

const versionNumber = z.coerce.number().int().positive();

export async function generateMetadata() {
  const t = await getTranslations("requirements");
  return { title: t("versions.compare") };
}

export default async function CompareRequirementsPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  if (!z.uuid().safeParse(id).success) notFound();
  const detail = await getAccount({ actor: user, id });
  if (!detail) notFound();
  const [rows, people, t] = await Promise.all([
    listRequirementVersions({ actor: user, accountId: id }),
    listStakeholders({ actor: user, accountId: id }),
    getTranslations("requirements"),
  ]);
  const a = versionNumber.safeParse(query.from);
  const b = versionNumber.safeParse(query.to);
  // Always older on the left, whichever order the two were picked in.
  const from = a.success && b.success ? Math.min(a.data, b.data) : 0;
  const to = a.success && b.success ? Math.max(a.data, b.data) : 0;
  const older = rows.find((r) => r.doc.number === from)?.doc;
  const newer = rows.find((r) => r.doc.number === to)?.doc;
  const base = `/accounts/${id}/requirements`;

  return (
    <>
      <InitiationHeader
        account={detail.account}
        current="requirements"
        title={
          older && newer && from !== to ? t("compare.title", { from, to }) : t("versions.compare")
        }
        intro={t("compare.intro")}
        actions={
          <Link href={base} className="text-sm font-medium text-brand-700 hover:underline">
            {t("page.backToDocument")}
          </Link>
        }
      />
      <Card>
        {older && newer && from !== to ? (
          <DocDiffView
            diff={diffRequirementDocs(older.content, newer.content)}
            from={from}
            to={to}
            stakeholderNames={new Map(people.map((p) => [p.id, p.name]))}
          />
        ) : (
          <Alert tone="warning">{t("compare.pickTwo")}</Alert>
        )}
      </Card>
    </>
  );
}
