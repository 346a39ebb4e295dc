import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { InitiationHeader } from "@/components/evaluation/initiation-header";
import { RequirementDocBody } from "@/components/requirements/requirement-doc-body";
import { VersionStatus } from "@/components/requirements/version-status";
import { Card } from "@/components/ui/card";
import { getAccount } from "@/db/queries/accounts";
import { listRequirementVersions } from "@/db/queries/requirements";
import { listStakeholders } from "@/db/queries/stakeholders";
import { requireUser } from "@/lib/auth/session";

type Props = { params: Promise<{ id: string; version: string }> };

const linkClass = "text-sm font-medium text-brand-700 hover:underline";

export async function generateMetadata({ params }: Props) {
  const [{ version }, t] = await Promise.all([params, getTranslations("requirements")]);
  return { title: t("page.versionTitle", { number: Number(version) || 0 }) };
}

/** One version of the requirements document, read-only, with links to print and compare it. */
export default async function RequirementVersionPage({ params }: Props) {
  const user = await requireUser();
  const { id, version } = await params;
  const number = z.coerce.number().int().positive().safeParse(version);
  if (!z.uuid().safeParse(id).success || !number.success) notFound();
  const detail = await getAccount({ actor: user, id });
  if (!detail) notFound();
  const [rows, people, t] = await Promise.all([
    listRequirementVersions({ actor: user, accountId: id }),
    listStakeholders({ actor: user, accountId: id }),
    getTranslations("requirements"),
  ]);
  const row = rows.find((r) => r.doc.number === number.data);
  if (!row) notFound();
  const base = `/accounts/${id}/requirements`;
  const previous = rows.find((r) => r.doc.number < number.data);

  return (
    <>
      <InitiationHeader
        account={detail.account}
        current="requirements"
        title={t("page.versionTitle", { number: number.data })}
        actions={
          <>
            <Link href={base} className={linkClass}>
              {t("page.backToDocument")}
            </Link>
            <Link href={`${base}/${number.data}/print`} className={linkClass}>
              {t("page.print")}
            </Link>
            {previous ? (
              <Link
                href={`${base}/compare?from=${previous.doc.number}&to=${number.data}`}
                className={linkClass}
              >
                {t("versions.compareWith", { number: previous.doc.number })}
              </Link>
            ) : null}
          </>
        }
      />
      <Card>
        <VersionStatus row={row} returned={null} />
        <RequirementDocBody
          content={row.doc.content}
          t={(key, values) => t(key, values)}
          stakeholderNames={new Map(people.map((p) => [p.id, p.name]))}
        />
      </Card>
    </>
  );
}
