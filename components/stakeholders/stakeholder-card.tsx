"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteStakeholderAction } from "@/app/(app)/accounts/[id]/stakeholder-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { useErrorText } from "@/components/ui/use-error-text";
import type { Stakeholder } from "@/db/schema/stakeholders";

const ATTITUDE_TONE = {
  champion: "green",
  supporter: "green",
  neutral: "slate",
  skeptic: "amber",
  opponent: "red",
} as const;

/** One stakeholder with every field of the contact list, and edit / delete for editors. */
export function StakeholderCard({
  stakeholder: s,
  canEdit,
  onEdit,
}: {
  stakeholder: Stakeholder;
  canEdit: boolean;
  onEdit: () => void;
}) {
  const t = useTranslations("account.stakeholders");
  const common = useTranslations("common.actions");
  const format = useFormatter();
  const errorText = useErrorText("account");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const remove = () =>
    startTransition(async () => {
      const result = await deleteStakeholderAction({ id: s.id, version: s.version });
      if (result.ok) return router.refresh();
      setError(errorText(result.message, result.params) ?? null);
    });

  const rows: [string, string][] = [
    [t("field.department"), s.department],
    [t("field.title"), s.title],
    [t("field.mobile"), s.mobile],
    [t("field.officePhone"), s.officePhone],
    [t("field.homePhone"), s.homePhone],
    [t("field.fax"), s.fax],
    [t("field.email"), s.email],
    [t("field.countryRegion"), s.countryRegion],
    [t("field.province"), s.province],
    [t("field.city"), s.city],
    [t("field.address"), s.address],
    [t("field.postalCode"), s.postalCode],
    [t("field.hobbies"), s.hobbies],
    [
      t("field.specialDates"),
      s.specialDates
        .map(
          (d) =>
            `${d.label} ${format.dateTime(new Date(`${d.date}T00:00:00`), { month: "long", day: "numeric" })}`,
        )
        .join(t("listSeparator")),
    ],
  ];

  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="font-semibold">
            {s.isPrimary ? (
              <span className="mr-1 text-amber-500" aria-hidden="true">
                ★
              </span>
            ) : null}
            {s.name}
            {s.salutation ? (
              <span className="ml-1 font-normal text-slate-600">{s.salutation}</span>
            ) : null}
          </p>
          <p className="mt-1 flex flex-wrap gap-1">
            {s.isPrimary ? <Badge tone="amber">{t("primary")}</Badge> : null}
            <Badge tone="blue">{t(`role.${s.decisionRole}`)}</Badge>
            <Badge>{t("influenceShort", { n: s.influence })}</Badge>
            <Badge tone={ATTITUDE_TONE[s.attitude]}>{t(`attitude.${s.attitude}`)}</Badge>
          </p>
        </div>
        {canEdit ? (
          <div className="flex gap-1">
            <Button
              variant="ghost"
              size="sm"
              onClick={onEdit}
              aria-label={t("editLabel", { name: s.name })}
            >
              {common("edit")}
            </Button>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => setConfirming(true)}
              aria-label={t("deleteLabel", { name: s.name })}
            >
              {common("delete")}
            </Button>
          </div>
        ) : null}
      </div>
      <dl className="mt-2 grid gap-x-4 gap-y-0.5 text-sm sm:grid-cols-2">
        {rows
          .filter(([, value]) => value)
          .map(([term, value]) => (
            <div key={term} className="flex gap-2">
              <dt className="shrink-0 text-slate-500">{term}</dt>
              <dd className="min-w-0 whitespace-pre-line break-words">{value}</dd>
            </div>
          ))}
      </dl>
      {confirming ? (
        <div
          role="group"
          aria-label={t("deleteLabel", { name: s.name })}
          className="mt-2 flex flex-wrap items-center gap-2 text-sm"
        >
          <span>{t("confirmDelete", { name: s.name })}</span>
          <Button variant="danger" size="sm" onClick={remove} disabled={pending} autoFocus>
            {t("confirmDeleteYes")}
          </Button>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => setConfirming(false)}
            disabled={pending}
          >
            {common("cancel")}
          </Button>
        </div>
      ) : null}
      {error ? (
        <Alert tone="error" className="mt-2">
          {error}
        </Alert>
      ) : null}
    </li>
  );
}
