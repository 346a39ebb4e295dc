import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { UnlockSignInButton } from "@/components/admin/unlock-sign-in-button";
import { AdminTabs } from "@/components/settings/admin-tabs";
import { Card, PageHeader } from "@/components/ui/card";
import { listSignInLocks } from "@/db/queries/sign-in-locks";
import { requireUser } from "@/lib/auth/session";
import { parseThrottleKey, THROTTLE } from "@/lib/auth/throttle-rules";
import { can } from "@/lib/policy";
import { TableScroll } from "@/components/ui/table-scroll";

export async function generateMetadata() {
  const t = await getTranslations("common.admin");
  return { title: t("locksTitle") };
}

export default async function SignInLocksPage() {
  const user = await requireUser();
  if (!can(user, "signInLock.manage")) forbidden();
  const [rows, t, format] = await Promise.all([
    listSignInLocks({ actor: user }),
    getTranslations("common.admin"),
    getFormatter(),
  ]);
  return (
    <>
      <AdminTabs current="signInLocks" />
      <PageHeader
        title={t("locksTitle")}
        description={t("locksIntro", {
          emailLimit: THROTTLE.email.limit,
          addressLimit: THROTTLE.address.limit,
          minutes: THROTTLE.email.lockSeconds / 60,
        })}
      />
      <Card>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noLocks")}</p>
        ) : (
          <TableScroll label={t("locksTitle")}>
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {t("lockSubject")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("lockKind")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("lockFailures")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("lockedUntil")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("actions")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const parsed = parseThrottleKey(row.key);
                  const subject = parsed?.subject ?? row.key;
                  return (
                    <tr
                      key={row.key}
                      className="border-b border-slate-100"
                      data-testid={`lock-${row.key}`}
                    >
                      <td className="py-2 pr-3 font-medium">{subject}</td>
                      <td className="py-2 pr-3">
                        {parsed?.kind === "address" ? t("lockKindAddress") : t("lockKindEmail")}
                      </td>
                      <td className="py-2 pr-3">{row.failures}</td>
                      <td className="py-2 pr-3">
                        {row.lockedUntil
                          ? format.dateTime(row.lockedUntil, { timeStyle: "short" })
                          : "—"}
                      </td>
                      <td className="py-2">
                        <UnlockSignInButton lockKey={row.key} subject={subject} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Card>
    </>
  );
}
