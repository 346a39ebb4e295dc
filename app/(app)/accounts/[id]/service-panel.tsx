import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ServiceTable } from "@/components/service/service-table";
import { listAccountServiceRequests } from "@/db/queries/service";
import type { Actor } from "@/lib/policy";

/** The account page's Service tab: its requests, newest first, and a link to log one. */
export async function ServicePanel({
  accountId,
  user,
  canLog,
}: {
  accountId: string;
  user: Actor;
  canLog: boolean;
}) {
  const [rows, t, tr] = await Promise.all([
    listAccountServiceRequests({ actor: user, accountId }),
    getTranslations("service"),
    getTranslations("exports.serviceReport"),
  ]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold">{t("account.title")}</h2>
        <Link
          href={`/accounts/${accountId}/service-report`}
          className="ml-auto text-sm font-medium text-brand-700 hover:underline print:hidden"
        >
          {tr("open")}
        </Link>
        {canLog ? (
          <Link
            href={`/service/new?account=${accountId}`}
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white print:hidden"
          >
            {t("new")}
          </Link>
        ) : null}
      </div>
      <ServiceTable rows={rows} now={new Date()} showAccount={false} empty={t("account.empty")} />
    </div>
  );
}
