import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { AbcClassChange, AccountValue } from "@/db/schema/value";
import { formatMoney } from "@/lib/cost/money";
import { AbcBadge } from "./abc-badge";

/** An account's value (trailing 12 months) and class, with every class change and its reason. */
export async function AccountValueSection({
  value,
  abcClass,
  history,
}: {
  value: AccountValue | null;
  abcClass: "A" | "B" | "C" | null;
  history: AbcClassChange[];
}) {
  const [t, format, locale] = await Promise.all([
    getTranslations("value.abc"),
    getFormatter(),
    getLocale(),
  ]);
  const money = (minor: number | null) =>
    minor === null ? "—" : formatMoney(minor, "CNY", locale);
  const date = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: "medium" });
  return (
    <section aria-labelledby="value-title" className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="value-title" className="text-base font-semibold">
          {t("valueTitle")}
        </h2>
        {abcClass ? (
          <AbcBadge abcClass={abcClass} label={t("classLabel", { abc: abcClass })} />
        ) : null}
      </div>
      {value ? (
        <>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
            {(
              [
                ["revenue", money(value.revenueMinor)],
                ["orders", String(value.orderCount)],
                ["average", money(value.averageOrderMinor)],
                ["margin", money(value.marginMinor)],
                ["lastOrder", value.lastOrderDate ? date(value.lastOrderDate) : "—"],
                ["share", t("shareAbove", { percent: value.aboveShareBp / 100 })],
              ] as const
            ).map(([key, text]) => (
              <div key={key}>
                <dt className="text-slate-600">{t(`metric.${key}`)}</dt>
                <dd className="font-medium">{text}</dd>
              </div>
            ))}
          </dl>
          <p className="text-xs text-slate-600">
            {t("computedAt", { at: date(value.computedAt) })}
          </p>
        </>
      ) : (
        <p className="text-sm text-slate-600">{t("notComputed")}</p>
      )}
      <h3 className="text-sm font-semibold">{t("historyTitle")}</h3>
      {history.length ? (
        <ul className="space-y-1 text-sm">
          {history.map((h) => (
            <li key={h.id}>
              {date(h.at)}:{" "}
              {t("change", {
                from: h.fromClass ?? "none",
                to: h.toClass,
                trigger: h.trigger,
                basis: h.basis,
                value: money(h.valueMinor),
                percent: h.aboveShareBp / 100,
                a: h.aShareBp / 100,
                b: (h.aShareBp + h.bShareBp) / 100,
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t("noHistory")}</p>
      )}
    </section>
  );
}
