import { getFormatter, getTranslations } from "next-intl/server";

export type PendingSurvey = {
  id: string;
  contactName: string;
  sentAt: Date;
  expiresAt: Date;
  remindersSent: number;
  source: "campaign" | "manual";
  link: string;
  /** The link as a QR code, SVG made on the server by `qrcode`. */
  qrSvg: string;
};

/**
 * The account's unanswered survey links: each with its link and QR code behind a
 * disclosure, for the manager to pass on (WeChat) when no mail reaches the contact.
 */
export async function PendingSurveys({ rows, now }: { rows: PendingSurvey[]; now: Date }) {
  const [t, format] = await Promise.all([getTranslations("surveys.account"), getFormatter()]);
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("noPending")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((row) => {
        const expired = row.expiresAt <= now;
        return (
          <li key={row.id} className="py-3 text-sm">
            <div className="flex flex-wrap gap-x-4 gap-y-1">
              <span className="font-medium">{row.contactName}</span>
              <span className="text-slate-600">
                {t("sentAt")}: {format.dateTime(row.sentAt, { dateStyle: "medium" })} (
                {t(`source.${row.source}`)})
              </span>
              <span className="text-slate-600">
                {t("expires")}: {format.dateTime(row.expiresAt, { dateStyle: "medium" })}
                {expired ? ` · ${t("expired")}` : ""}
              </span>
              <span className="text-slate-600">
                {t("reminders")}: {row.remindersSent}
              </span>
            </div>
            {expired ? null : (
              <details className="mt-2">
                <summary className="cursor-pointer text-brand-700">
                  {t("showLink", { name: row.contactName })}
                </summary>
                <div className="mt-2 flex flex-wrap items-start gap-4">
                  <div
                    role="img"
                    aria-label={t("qrAlt")}
                    className="h-40 w-40 shrink-0"
                    dangerouslySetInnerHTML={{ __html: row.qrSvg }}
                  />
                  <div className="min-w-0 flex-1 space-y-1">
                    <p className="text-xs text-slate-600">{t("linkHint")}</p>
                    <input
                      readOnly
                      value={row.link}
                      aria-label={t("showLink", { name: row.contactName })}
                      className="block w-full rounded-md border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs"
                      data-testid="survey-link"
                    />
                  </div>
                </div>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
