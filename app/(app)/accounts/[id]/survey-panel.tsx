import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { PendingSurveys } from "@/components/surveys/pending-surveys";
import { SendSurveyForm } from "@/components/surveys/send-survey-form";
import { SurveyAnswersTable } from "@/components/surveys/survey-answers-table";
import { listStakeholders } from "@/db/queries/stakeholders";
import { listAccountPendingSurveys, listAccountSurveyAnswers } from "@/db/queries/surveys";
import type { Actor } from "@/lib/policy";
import { publicOrigin, surveyLink, surveyQrSvg } from "@/lib/surveys/links";
import { contactLocale } from "@/lib/surveys/locale";

/**
 * The Service tab's survey part: the account's answers (date, contact, scores), the
 * unanswered links with their QR codes, and sending one by hand.
 */
export async function SurveyPanel({
  accountId,
  user,
  canSend,
}: {
  accountId: string;
  user: Actor;
  canSend: boolean;
}) {
  const now = new Date();
  const [answers, pending, contacts, t, requestHeaders] = await Promise.all([
    listAccountSurveyAnswers({ actor: user, accountId }),
    listAccountPendingSurveys({ actor: user, accountId }),
    canSend ? listStakeholders({ actor: user, accountId }) : [],
    getTranslations("surveys.account"),
    headers(),
  ]);
  const origin = publicOrigin(requestHeaders);
  const pendingRows = canSend
    ? await Promise.all(
        pending.map(async (p) => {
          const link = surveyLink(p.id, origin);
          return { ...p, link, qrSvg: await surveyQrSvg(link) };
        }),
      )
    : [];
  return (
    <section aria-labelledby="surveys-title" className="space-y-4 border-t border-slate-200 pt-6">
      <h2 id="surveys-title" className="text-base font-semibold">
        {t("title")}
      </h2>
      {canSend ? (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-700">{t("send.title")}</h3>
          <SendSurveyForm
            accountId={accountId}
            contacts={contacts
              .filter((c) => c.side === "customer")
              .map((c) => ({ id: c.id, name: c.name, locale: contactLocale(c) }))}
          />
        </div>
      ) : null}
      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-slate-700">{t("answers")}</h3>
        <SurveyAnswersTable rows={answers} />
      </div>
      {canSend ? (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-700">{t("pending")}</h3>
          <PendingSurveys rows={pendingRows} now={now} />
        </div>
      ) : null}
    </section>
  );
}
