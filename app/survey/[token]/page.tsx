import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { PublicSurveyCard } from "@/components/surveys/public-card";
import { ScoreScale } from "@/components/surveys/score-scale";
import { findPublicSurvey } from "@/db/queries/surveys";
import { CSAT_MAX, CSAT_MIN, NPS_MAX, NPS_MIN } from "@/lib/surveys/types";
import { InvalidSurvey } from "@/components/surveys/invalid-survey";
import { clientAddress } from "@/lib/auth/throttle-rules";
import { takeSurveyView } from "@/lib/surveys/view-limit";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The public answer page (no sign-in; proxy.ts lets /survey/ through): the survey of
 * one personal link in the contact's language, showing the company's name and nothing
 * else of the account. A link that cannot be answered shows the same "not valid or
 * used" page whatever the reason. Views are limited in memory per client address and
 * link (lib/surveys/view-limit.ts; the page writes nothing): over the limit, the "too
 * many tries" page in the visitor's language, before the token is looked up.
 */
export default async function SurveyPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ error?: string }>;
}) {
  const [{ token }, { error }] = await Promise.all([params, searchParams]);
  if (!(await takeSurveyView(clientAddress(await headers()), token))) {
    redirect("/survey/limited");
  }
  const survey = await findPublicSurvey(token, new Date());
  if (survey.status !== "open") return <InvalidSurvey />;
  const { locale, template } = survey;
  const t = await getTranslations({ locale, namespace: "surveys.public" });
  const zh = locale === "zh-CN";
  const csatLabels = {
    "1": t("csatLabels.1"),
    "2": t("csatLabels.2"),
    "3": t("csatLabels.3"),
    "4": t("csatLabels.4"),
    "5": t("csatLabels.5"),
  };
  return (
    <PublicSurveyCard lang={locale} title={zh ? template.titleZh : template.titleEn}>
      <p className="mt-1 text-sm font-medium text-slate-600">
        {t("from", { company: survey.companyName })}
      </p>
      <p className="mt-3 text-sm text-slate-700">{zh ? template.introZh : template.introEn}</p>
      {error ? (
        <div className="mt-4">
          <Alert tone="error">{t("missing")}</Alert>
        </div>
      ) : null}
      <form method="post" action={`/survey/${token}/answer`}>
        <ScoreScale
          name="csat"
          legend={zh ? template.csatZh : template.csatEn}
          min={CSAT_MIN}
          max={CSAT_MAX}
          required
          note={t("required")}
          lowLabel={csatLabels["1"]}
          highLabel={csatLabels["5"]}
          labels={csatLabels}
        />
        <ScoreScale
          name="nps"
          legend={zh ? template.npsZh : template.npsEn}
          min={NPS_MIN}
          max={NPS_MAX}
          required
          note={t("required")}
          lowLabel={t("npsLow")}
          highLabel={t("npsHigh")}
        />
        {template.questions.map((q) =>
          q.kind === "scale" ? (
            <ScoreScale
              key={q.key}
              name={`q_${q.key}`}
              legend={zh ? q.zh : q.en}
              min={CSAT_MIN}
              max={CSAT_MAX}
              required={false}
              note={t("optional")}
              lowLabel={t("scaleLow")}
              highLabel={t("scaleHigh")}
              labels={csatLabels}
            />
          ) : (
            <label key={q.key} className="mt-6 block">
              <span className="text-base font-medium text-slate-900">
                {zh ? q.zh : q.en}{" "}
                <span className="text-xs font-normal text-slate-500">({t("optional")})</span>
              </span>
              <textarea
                name={`q_${q.key}`}
                rows={3}
                maxLength={1000}
                className="mt-2 block w-full rounded-lg border border-slate-300 p-3 text-base"
              />
            </label>
          ),
        )}
        <label className="mt-6 block">
          <span className="text-base font-medium text-slate-900">
            {zh ? template.commentZh : template.commentEn}{" "}
            <span className="text-xs font-normal text-slate-500">({t("optional")})</span>
          </span>
          <textarea
            name="comment"
            rows={4}
            maxLength={2000}
            className="mt-2 block w-full rounded-lg border border-slate-300 p-3 text-base"
          />
        </label>
        <button
          type="submit"
          className="mt-8 w-full rounded-lg bg-brand-600 px-4 py-3 text-base font-semibold text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          {t("answer")}
        </button>
      </form>
    </PublicSurveyCard>
  );
}
