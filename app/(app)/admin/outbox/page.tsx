import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { AdminTabs } from "@/components/settings/admin-tabs";
import { Alert } from "@/components/ui/alert";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { TableScroll } from "@/components/ui/table-scroll";
import { listOutbox } from "@/db/queries/outbox";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { mailState, MAX_MAIL_ATTEMPTS } from "@/lib/mail/retry";
import { can } from "@/lib/policy";

export async function generateMetadata() {
  const t = await getTranslations("settings.outbox");
  return { title: t("title") };
}

const TONE = {
  unsent: "amber",
  sent: "green",
  expired: "slate",
  retrying: "amber",
  failedForGood: "red",
} as const;

export default async function OutboxPage() {
  const user = await requireUser();
  if (!can(user, "outbox.read")) forbidden();
  const [mails, t, format] = await Promise.all([
    listOutbox(),
    getTranslations("settings.outbox"),
    getFormatter(),
  ]);
  const th = "py-2 pr-3";

  return (
    <>
      <AdminTabs current="outbox" />
      <PageHeader title={t("title")} description={t("intro")} />
      <Alert tone={env.SMTP_URL ? "info" : "warning"} className="mb-4">
        {env.SMTP_URL ? t("smtpOn", { max: MAX_MAIL_ATTEMPTS }) : t("smtpOff")}
      </Alert>
      <Card>
        {mails.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <TableScroll label={t("title")}>
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className={th}>
                    {t("written")}
                  </th>
                  <th scope="col" className={th}>
                    {t("to")}
                  </th>
                  <th scope="col" className={th}>
                    {t("subject")}
                  </th>
                  <th scope="col" className={th}>
                    {t("status")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {mails.map((mail) => (
                  <tr
                    key={mail.id}
                    className="border-b border-slate-100 align-top"
                    data-testid="outbox-mail"
                  >
                    <td className={`${th} whitespace-nowrap`}>
                      {format.dateTime(mail.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    </td>
                    <td className={th}>{mail.to}</td>
                    <th scope="row" className={`${th} font-normal`}>
                      <details>
                        <summary className="cursor-pointer font-medium">{mail.subject}</summary>
                        <pre className="mt-2 max-w-2xl whitespace-pre-wrap break-words font-sans text-sm text-slate-700">
                          {mail.text}
                        </pre>
                      </details>
                    </th>
                    <td className={th}>
                      <Badge tone={TONE[mailState(mail)]}>{t(`statuses.${mailState(mail)}`)}</Badge>
                      {mail.attempts > 0 && mail.status !== "sent" ? (
                        <div className="mt-1 text-xs text-slate-600">
                          {t("tries", { attempts: mail.attempts, max: MAX_MAIL_ATTEMPTS })}
                        </div>
                      ) : null}
                      {mail.error ? (
                        <div className="mt-1 max-w-xs break-words text-xs text-red-700">
                          {mail.error}
                        </div>
                      ) : null}
                      {mailState(mail) === "retrying" && mail.nextAttemptAt ? (
                        <div className="mt-1 text-xs text-slate-600">
                          {t("nextTry", {
                            at: format.dateTime(mail.nextAttemptAt, {
                              dateStyle: "medium",
                              timeStyle: "short",
                            }),
                          })}
                        </div>
                      ) : null}
                      {mail.sentAt ? (
                        <div className="mt-1 text-xs text-slate-500">
                          {format.dateTime(mail.sentAt, {
                            dateStyle: "medium",
                            timeStyle: "short",
                          })}
                        </div>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Card>
    </>
  );
}
