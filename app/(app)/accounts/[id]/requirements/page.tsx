import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { DecisionForm } from "@/components/evaluation/decision-form";
import { StageGatePanel } from "@/components/account/stage-gate-panel";
import { InitiationHeader } from "@/components/evaluation/initiation-header";
import { RequirementDocBody } from "@/components/requirements/requirement-doc-body";
import { RequirementDocForm } from "@/components/requirements/requirement-doc-form";
import { VersionList } from "@/components/requirements/version-list";
import { VersionStatus } from "@/components/requirements/version-status";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getAccount } from "@/db/queries/accounts";
import { lastReturnOf, listRequirementVersions } from "@/db/queries/requirements";
import { listStakeholders } from "@/db/queries/stakeholders";
import { requireUser } from "@/lib/auth/session";
import { REQUIREMENT_SECTIONS, type RequirementDocContent } from "@/lib/requirements/model";
import { can } from "@/lib/policy";
import { isTerminal } from "@/lib/stages/stages";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ edit?: string | string[] }>;
};

const EMPTY: RequirementDocContent = {
  sections: Object.fromEntries(REQUIREMENT_SECTIONS.map((s) => [s, ""])) as never,
  requirements: [],
};

export async function generateMetadata() {
  const t = await getTranslations("requirements");
  return { title: t("title") };
}

export default async function RequirementsPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ id }, { edit }] = await Promise.all([params, searchParams]);
  if (!z.uuid().safeParse(id).success) notFound();
  const detail = await getAccount({ actor: user, id });
  if (!detail) notFound();
  const { account } = detail;
  const resource = { ownerId: account.ownerId, teamMemberIds: detail.team.map((m) => m.id) };
  const canEdit = can(user, "account.update", resource) && !isTerminal(account.stage);
  const [rows, people, t] = await Promise.all([
    listRequirementVersions({ actor: user, accountId: id }),
    listStakeholders({ actor: user, accountId: id }),
    getTranslations("requirements"),
  ]);
  const latest = rows[0];
  const doc = latest?.doc;
  const returned =
    doc?.status === "draft"
      ? await lastReturnOf({ actor: user, accountId: id, versionId: doc.id })
      : null;
  const stakeholders = people.map((p) => ({
    id: p.id,
    label: p.title ? t("form.stakeholderOption", { name: p.name, title: p.title }) : p.name,
  }));
  const names = new Map(people.map((p) => [p.id, p.name]));
  const settled = doc?.status === "approved" || doc?.status === "frozen";
  const editing = canEdit && (!doc || doc.status === "draft" || (settled && edit === "1"));
  const base = `/accounts/${id}/requirements`;

  return (
    <>
      <InitiationHeader account={account} current="requirements" intro={t("intro")} />
      <StageGatePanel
        account={account}
        stage="requirements"
        canMove={can(user, "stage.move", resource)}
      />
      <div className="space-y-6">
        <Card>
          {latest ? (
            <VersionStatus row={latest} returned={returned} />
          ) : (
            <div className="mb-4">
              <p className="font-medium">{t("page.none")}</p>
              {canEdit ? <p className="text-sm text-slate-600">{t("page.noneHint")}</p> : null}
            </div>
          )}
          {editing ? (
            <>
              {settled ? (
                <Alert tone="info" className="mb-4">
                  <p className="font-medium">{t("page.newVersion", { number: doc!.number + 1 })}</p>
                  <p>{t("page.editHint", { number: doc!.number + 1 })}</p>
                </Alert>
              ) : null}
              <RequirementDocForm
                key="doc-editor"
                accountId={id}
                target={
                  doc?.status === "draft"
                    ? { versionId: doc.id, version: doc.version, baseNumber: doc.number }
                    : { versionId: "", version: 0, baseNumber: doc?.number ?? 0 }
                }
                initial={doc?.content ?? EMPTY}
                stakeholders={stakeholders}
                cancelHref={settled ? base : undefined}
              />
            </>
          ) : doc ? (
            <>
              {settled && canEdit ? (
                <div className="no-print mb-4 flex flex-wrap items-center gap-3">
                  <Link
                    href={`${base}?edit=1`}
                    className="inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
                  >
                    {t("page.edit", { number: doc.number + 1 })}
                  </Link>
                  <span className="text-sm text-slate-600">
                    {t("page.editHint", { number: doc.number + 1 })}
                  </span>
                </div>
              ) : null}
              {!canEdit ? (
                <p className="mb-4 text-sm text-slate-600">{t("page.readOnly")}</p>
              ) : null}
              <RequirementDocBody
                content={doc.content}
                t={(key, values) => t(key, values)}
                stakeholderNames={names}
              />
            </>
          ) : null}
        </Card>
        {doc?.status === "submitted" && can(user, "approval.decide", resource) ? (
          <Card title={t("decision.title")}>
            {doc.submittedById === user.id ? (
              <Alert tone="info">{t("decision.ownSubmission")}</Alert>
            ) : (
              <DecisionForm
                subject={{
                  kind: "requirements",
                  accountId: id,
                  versionId: doc.id,
                  version: doc.version,
                }}
              />
            )}
          </Card>
        ) : null}
        {rows.length > 0 ? (
          <Card title={t("versions.title")}>
            <VersionList accountId={id} rows={rows} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
