import { getTranslations } from "next-intl/server";
import { forbidden, notFound } from "next/navigation";
import { z } from "zod";
import { AccountForm } from "@/components/accounts/account-form";
import { ArchiveButton } from "@/components/accounts/archive-button";
import { accountFormOptions } from "@/components/accounts/form-options";
import { Card, PageHeader } from "@/components/ui/card";
import { getAccount } from "@/db/queries/accounts";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  const t = await getTranslations("accounts.form");
  return { title: t("editTitle") };
}

const str = (value: string | number | null) => (value == null ? "" : String(value));

export default async function EditAccountPage({ params }: Params) {
  const user = await requireUser();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const detail = await getAccount({ actor: user, id });
  const resource = detail && {
    ownerId: detail.account.ownerId,
    teamMemberIds: detail.team.map((m) => m.id),
  };
  // An account the user cannot see is not found; one they may only read is forbidden.
  if (!detail || !resource) notFound();
  if (!can(user, "account.update", resource)) forbidden();
  const { account } = detail;
  const [options, t] = await Promise.all([
    accountFormOptions({
      withOwners: false,
      keepIds: [account.industryId, account.sourceId, account.areaId],
    }),
    getTranslations("accounts"),
  ]);
  const values = {
    name: account.name,
    grade: account.grade,
    type: account.type,
    status: account.status,
    industryId: str(account.industryId),
    sourceId: str(account.sourceId),
    countryRegion: account.countryRegion,
    province: account.province,
    city: account.city,
    areaId: str(account.areaId),
    postalCode: account.postalCode,
    address: account.address,
    phone: account.phone,
    fax: account.fax,
    email: account.email,
    homepage: account.homepage,
    annualRevenue: str(account.annualRevenue),
    employeeCount: str(account.employeeCount),
  };

  return (
    <>
      <PageHeader
        title={t("form.editTitleFor", { name: account.name })}
        description={t("form.editIntro", { code: account.code })}
      />
      <AccountForm
        options={options}
        account={{ id: account.id, version: account.version, values }}
      />
      <div className="mt-8 max-w-xl">
        <Card title={t("archive.title")}>
          <p className="mb-3 text-sm text-slate-600">
            {account.archivedAt ? t("archive.archivedHint") : t("archive.hint")}
          </p>
          <ArchiveButton
            account={{ id: account.id, version: account.version, archivedAt: account.archivedAt }}
          />
        </Card>
      </div>
    </>
  );
}
