import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ServiceRequestForm } from "@/components/service/request-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getAccount } from "@/db/queries/accounts";
import { listStakeholders } from "@/db/queries/stakeholders";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";

export async function generateMetadata() {
  const t = await getTranslations("service");
  return { title: t("newTitle") };
}

/** Log a request for one account (`?account=<id>`, from the account's Service tab). */
export default async function NewServiceRequestPage({
  searchParams,
}: {
  searchParams: Promise<{ account?: string | string[] }>;
}) {
  const user = await requireUser();
  const raw = (await searchParams).account;
  const accountId = Array.isArray(raw) ? raw[0] : raw;
  if (!accountId || !/^[0-9a-f-]{36}$/i.test(accountId)) notFound();
  const detail = await getAccount({ actor: user, id: accountId });
  if (!detail) notFound();
  const account = detail.account;
  const resource = { ownerId: account.ownerId, teamMemberIds: detail.team.map((m) => m.id) };
  if (!can(user, "service.work", resource)) forbidden();
  const t = await getTranslations("service");
  const contacts = (await listStakeholders({ actor: user, accountId }))
    .filter((s) => s.side === "customer")
    .map((s) => ({ id: s.id, name: s.name }));
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        description={
          <Link href={`/accounts/${accountId}?tab=service`} className="text-brand-700 underline">
            {account.name}
          </Link>
        }
      />
      <Card>
        <ServiceRequestForm accountId={accountId} contacts={contacts} />
      </Card>
    </>
  );
}
