import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { GradeBadge } from "@/components/accounts/grade-badge";
import { Badge } from "@/components/ui/card";
import { AbcBadge } from "@/components/value/abc-badge";
import type { AccountDetail } from "@/db/queries/accounts";

const action =
  "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100";

type Label = { nameEn: string | null; nameZh: string | null } | null;

/** Name, code, grade, type, status, owner, team and the markers a manager scans for. */
export async function AccountHeader({
  detail,
  canEdit,
}: {
  detail: AccountDetail;
  canEdit: boolean;
}) {
  const [t, ta, tp, tv, locale] = await Promise.all([
    getTranslations("account.header"),
    getTranslations("accounts"),
    getTranslations("exports.profile"),
    getTranslations("value.abc"),
    getLocale(),
  ]);
  const { account, team } = detail;
  const label = (item: Label) =>
    (locale === "en" ? item?.nameEn : item?.nameZh) || item?.nameZh || item?.nameEn || "";
  const none = t("none");
  const members = team.filter((m) => m.id !== account.ownerId);

  const facts: [string, string][] = [
    [ta("field.type"), ta(`type.${account.type}`)],
    [ta("field.status"), ta(`status.${account.status}`)],
    [t("owner"), detail.ownerName ?? ta("list.noOwner")],
    [t("team"), members.map((m) => m.name).join(locale === "en" ? ", " : "、") || none],
    [ta("field.industryId"), label(detail.industry) || none],
    [ta("field.sourceId"), label(detail.source) || none],
    [ta("field.areaId"), label(detail.area) || none],
    [
      t("location"),
      [account.countryRegion, account.province, account.city].filter(Boolean).join(" ") || none,
    ],
    [ta("field.address"), account.address || none],
    [ta("field.phone"), account.phone || none],
    [ta("field.email"), account.email || none],
    [ta("field.homepage"), account.homepage || none],
  ];

  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">{account.name}</h1>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <span>
              {t("code")} <span className="font-mono text-slate-900">{account.code}</span>
            </span>
            <GradeBadge grade={account.grade} label={ta(`grade.${account.grade}`)} />
            {account.abcClass ? (
              <AbcBadge
                abcClass={account.abcClass}
                label={tv("classLabel", { abc: account.abcClass })}
              />
            ) : null}
            {account.archivedAt ? <Badge tone="amber">{ta("list.archived")}</Badge> : null}
            {detail.overdue ? <Badge tone="red">{ta("list.overdue")}</Badge> : null}
          </p>
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          <Link href={`/accounts/${account.id}/profile`} className={action}>
            {tp("open")}
          </Link>
          {canEdit ? (
            <Link href={`/accounts/${account.id}/edit`} className={action}>
              {t("edit")}
            </Link>
          ) : null}
        </div>
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {facts.map(([term, value]) => (
          <div key={term} className="flex gap-2">
            <dt className="shrink-0 text-slate-500">{term}</dt>
            <dd className="min-w-0 break-words text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
