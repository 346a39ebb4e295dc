import { getTranslations } from "next-intl/server";
import { listFilterView } from "@/components/accounts/list-filter-view";
import {
  listHref,
  parseListParams,
  toListQuery,
  type SearchParams,
} from "@/components/accounts/list-params";
import { PrintFrame, ReportTable } from "@/components/reports/print-frame";
import { ClientMessages } from "@/components/shell/client-messages";
import { contactsForPrint } from "@/db/queries/exports";
import { getExpectedDays } from "@/db/queries/stage-settings";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";

/** Most contacts one printed list holds; the export has them all. */
const PRINT_LIMIT = 1000;

export async function generateMetadata() {
  const t = await getTranslations("exports.contactsList");
  return { title: t("title") };
}

/**
 * Seed 002's contacts list (联系人基本信息报表) for paper: the customer-side contacts
 * of the accounts the list shows under the same filters, with the filters and who
 * printed it on the page.
 */
export default async function ContactsListPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const params = parseListParams(await searchParams);
  const { filters, sort } = toListQuery(params);
  const [{ rows, total }, { summary }, t, ts] = await Promise.all([
    getExpectedDays().then((expected) =>
      contactsForPrint(
        { actor: user, filters, sort, expected, timeZone: env.PCRM_TIME_ZONE, now: new Date() },
        PRINT_LIMIT,
      ),
    ),
    listFilterView(params),
    getTranslations("exports"),
    getTranslations("account.stakeholders"),
  ]);
  return (
    <ClientMessages namespaces={["exports"]}>
      <PrintFrame
        back={listHref(params, { after: undefined })}
        backLabel={t("back")}
        printLabel={t("print")}
        printedBy={user.name}
        timeZone={env.PCRM_TIME_ZONE}
        title={t("contactsList.title")}
        filters={summary}
      >
        <p className="text-sm text-slate-600 print:hidden">{t("contactsList.intro")}</p>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t("contactsList.empty")}</p>
        ) : (
          <ReportTable
            caption={t("contactsList.title")}
            head={[
              t("contactsList.customer"),
              ts("field.name"),
              ts("field.isPrimary"),
              ts("field.department"),
              ts("field.title"),
              ts("field.officePhone"),
              ts("field.mobile"),
              ts("field.email"),
              ts("field.city"),
            ]}
            rows={rows.map((r) => [
              `${r.accountName} (${r.accountCode})`,
              `${r.name}${r.salutation ? ` ${r.salutation}` : ""}`,
              t(r.isPrimary ? "yes" : "no"),
              r.department,
              r.title,
              r.officePhone,
              r.mobile,
              r.email,
              r.city,
            ])}
          />
        )}
        {total > rows.length ? (
          <p className="text-sm text-slate-600">
            {t("contactsList.shown", { shown: rows.length, total })}
          </p>
        ) : null}
      </PrintFrame>
    </ClientMessages>
  );
}
