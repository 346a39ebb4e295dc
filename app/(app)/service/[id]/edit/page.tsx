import { getTranslations } from "next-intl/server";
import { forbidden, notFound } from "next/navigation";
import { ServiceRequestForm } from "@/components/service/request-form";
import { Card, PageHeader } from "@/components/ui/card";
import { getServiceRequest } from "@/db/queries/service";
import { listStakeholders } from "@/db/queries/stakeholders";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { serviceContactOptions } from "@/lib/service/contact-options";

type Props = { params: Promise<{ id: string }> };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function EditServiceRequestPage({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const found = await getServiceRequest({ actor: user, id });
  if (!found) notFound();
  const { request } = found;
  const resource = {
    ownerId: found.accountOwnerId,
    teamMemberIds: found.teamMemberIds,
    requestOwnerId: request.ownerId,
  };
  if (!can(user, "service.work", resource)) forbidden();
  const [stakeholders, t] = await Promise.all([
    listStakeholders({ actor: user, accountId: request.accountId }),
    getTranslations("service"),
  ]);
  return (
    <>
      <PageHeader title={t("editTitle", { subject: request.subject })} />
      <Card>
        <ServiceRequestForm
          accountId={request.accountId}
          contacts={serviceContactOptions(stakeholders, {
            id: request.contactId,
            name: found.contactName,
          })}
          request={{ ...request, contactId: request.contactId ?? "" }}
        />
      </Card>
    </>
  );
}
