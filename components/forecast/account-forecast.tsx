import { getFormatter, getTranslations } from "next-intl/server";
import type { AccountForecastView } from "@/db/queries/forecast";

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/** The account's forecast beside its stage stepper: P50 and P80 dates and the chance. */
export async function AccountForecast({ view }: { view: AccountForecastView }) {
  const [t, format] = await Promise.all([getTranslations("forecast"), getFormatter()]);
  if (view.kind !== "forecast") {
    return (
      <p className="text-sm text-slate-600" data-testid="account-forecast">
        <span className="font-medium text-slate-700">{t("account.label")}: </span>
        {t(`account.${view.kind}`)}
      </p>
    );
  }
  const date = (day: string) => format.dateTime(utc(day), { dateStyle: "medium", timeZone: "UTC" });
  const { forecast } = view;
  return (
    <section aria-labelledby="account-forecast-title" data-testid="account-forecast">
      <h3 id="account-forecast-title" className="text-sm font-medium text-slate-700">
        {t("account.label")}
      </h3>
      <dl className="mt-1 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div className="flex gap-1.5">
          <dt className="text-slate-500">{t("account.p50")}</dt>
          <dd className="font-medium">
            <time dateTime={view.p50}>{date(view.p50)}</time>
          </dd>
        </div>
        <div className="flex gap-1.5">
          <dt className="text-slate-500">{t("account.p80")}</dt>
          <dd className="font-medium">
            <time dateTime={view.p80}>{date(view.p80)}</time>
          </dd>
        </div>
        <div className="flex gap-1.5">
          <dt className="text-slate-500">{t("account.reach")}</dt>
          <dd className="font-medium">
            {format.number(forecast.reach, { style: "percent", maximumFractionDigits: 0 })}
          </dd>
        </div>
      </dl>
      <p className="mt-1 text-xs text-slate-500">
        {t("account.group", {
          samples: format.number(forecast.samples),
          group: t(`group.${forecast.level}`),
        })}
      </p>
    </section>
  );
}
