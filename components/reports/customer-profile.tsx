import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ReportSection, ReportTable } from "@/components/reports/print-frame";
import { StakeholderMap } from "@/components/stakeholders/stakeholder-map";
import type { AccountDetail } from "@/db/queries/accounts";
import type { Stakeholder } from "@/db/schema/stakeholders";

type Named = { nameEn: string | null; nameZh: string | null } | null;
type Move = {
  fromStage: string | null;
  toStage: string;
  kind: string;
  at: Date;
  byName: string | null;
  override: boolean;
};
export type ProfileDocuments = {
  requirements: { number: number; statusLabel: string } | null;
  evaluation: { statusLabel: string; total: number | null } | null;
  costPlanLabel: string | null;
};

/**
 * Seed 002's customer profile (客户档案) on paper: the customer's fields, its
 * contacts, our team, the stakeholder map, every stage move and where the latest
 * documents stand.
 */
export async function CustomerProfile({
  detail,
  stakeholders,
  moves,
  documents,
  timeZone,
}: {
  detail: AccountDetail;
  stakeholders: Stakeholder[];
  moves: Move[];
  documents: ProfileDocuments;
  timeZone: string;
}) {
  const [t, ta, ts, tst, format, locale] = await Promise.all([
    getTranslations("exports.profile"),
    getTranslations("accounts"),
    getTranslations("account.stakeholders"),
    getTranslations("stages"),
    getFormatter(),
    getLocale(),
  ]);
  const { account, team } = detail;
  const named = (item: Named) =>
    (locale === "en" ? item?.nameEn : item?.nameZh) || item?.nameZh || item?.nameEn || "";
  const when = (d: Date) =>
    format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone });
  const none = t("none");
  const separator = locale === "en" ? ", " : "、";
  const fields: [string, string][] = [
    [ta("code.label"), account.code],
    [ta("field.name"), account.name],
    [ta("field.grade"), ta(`grade.${account.grade}`)],
    [ta("field.type"), ta(`type.${account.type}`)],
    [ta("field.status"), ta(`status.${account.status}`)],
    [t("currentStage"), tst(`stage.${account.stage}`)],
    [t("inStageSince"), when(account.stageEnteredAt)],
    [ta("field.ownerId"), detail.ownerName ?? ta("list.noOwner")],
    [ta("field.industryId"), named(detail.industry)],
    [ta("field.sourceId"), named(detail.source)],
    [ta("field.areaId"), named(detail.area)],
    [ta("field.countryRegion"), account.countryRegion],
    [ta("field.province"), account.province],
    [ta("field.city"), account.city],
    [ta("field.postalCode"), account.postalCode],
    [ta("field.address"), account.address],
    [ta("field.phone"), account.phone],
    [ta("field.fax"), account.fax],
    [ta("field.email"), account.email],
    [ta("field.homepage"), account.homepage],
    [
      ta("field.annualRevenue"),
      account.annualRevenue === null ? "" : format.number(Number(account.annualRevenue)),
    ],
    [
      ta("field.employeeCount"),
      account.employeeCount === null ? "" : format.number(account.employeeCount),
    ],
  ];
  const customers = stakeholders.filter((s) => s.side === "customer");
  const ours = stakeholders.filter((s) => s.side === "ours");
  const ourTeam = [
    ...team.map((m) => m.name),
    ...ours.map((s) => `${s.name}（${ts(`role.${s.decisionRole}`)}）`),
  ];
  const documentLines: [string, string][] = [
    [
      t("evaluation"),
      documents.evaluation
        ? t("evaluationState", {
            status: documents.evaluation.statusLabel,
            total: documents.evaluation.total ?? 0,
          })
        : none,
    ],
    [
      t("requirements"),
      documents.requirements
        ? t("requirementsVersion", {
            number: documents.requirements.number,
            status: documents.requirements.statusLabel,
          })
        : none,
    ],
    [t("costPlan"), documents.costPlanLabel ?? none],
  ];

  return (
    <>
      <ReportSection title={t("details")}>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr_max-content_1fr]">
          {fields.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-600">{label}</dt>
              <dd className="font-medium">{value || "—"}</dd>
            </div>
          ))}
        </dl>
      </ReportSection>
      <ReportSection title={t("contacts")}>
        {customers.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noContacts")}</p>
        ) : (
          <ReportTable
            caption={t("contacts")}
            head={[
              ts("field.name"),
              ts("field.department"),
              ts("field.title"),
              ts("field.decisionRole"),
              t("influenceAttitude"),
              t("phones"),
              ts("field.email"),
            ]}
            rows={customers.map((s) => [
              `${s.name}${s.salutation ? ` ${s.salutation}` : ""}${s.isPrimary ? `（${ts("primary")}）` : ""}`,
              s.department,
              s.title,
              ts(`role.${s.decisionRole}`),
              `${s.influence}/5 · ${ts(`attitude.${s.attitude}`)}`,
              [s.mobile, s.officePhone].filter(Boolean).join(" / "),
              s.email,
            ])}
          />
        )}
        <p className="text-sm">
          <span className="text-slate-600">{t("ourTeam")}: </span>
          {ourTeam.join(separator) || none}
        </p>
      </ReportSection>
      <div className="break-inside-avoid-page">
        <StakeholderMap stakeholders={stakeholders} />
      </div>
      <ReportSection title={t("stageHistory")}>
        {moves.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noHistory")}</p>
        ) : (
          <ReportTable
            caption={t("stageHistory")}
            head={[t("when"), t("move"), t("from"), t("to"), t("by")]}
            rows={moves.map((m) => [
              when(m.at),
              m.kind === "create"
                ? t("registered")
                : tst(`moveKind.${m.override ? "override" : m.kind}` as "moveKind.forward"),
              m.fromStage ? tst(`stage.${m.fromStage}` as "stage.scope") : "—",
              tst(`stage.${m.toStage}` as "stage.scope"),
              m.byName ?? "—",
            ])}
          />
        )}
      </ReportSection>
      <ReportSection title={t("documents")}>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          {documentLines.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-600">{label}</dt>
              <dd className="font-medium">{value}</dd>
            </div>
          ))}
        </dl>
      </ReportSection>
    </>
  );
}
