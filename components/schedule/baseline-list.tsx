import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { MAX_COMPARED_BASELINES } from "@/lib/schedule/variance";
import { BASELINE_COLORS } from "./gantt-chart";

export type BaselineSummary = {
  number: number;
  name: string;
  savedAt: Date;
  savedByName: string | null;
};

/**
 * Saved baselines, with a plain GET form to choose up to three to compare
 * (works without JavaScript and keeps the choice in the address for sharing).
 */
export async function BaselineList({
  baselines,
  compared,
}: {
  baselines: BaselineSummary[];
  compared: number[];
}) {
  const [t, format] = await Promise.all([getTranslations("schedule"), getFormatter()]);
  if (baselines.length === 0) return <p className="text-sm text-slate-600">{t("baseline.none")}</p>;
  return (
    <form method="get" className="space-y-3">
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">
          {t("baseline.compareHint", { max: MAX_COMPARED_BASELINES })}
        </legend>
        <ul className="mt-2 space-y-1">
          {baselines.map((b) => {
            const position = compared.indexOf(b.number);
            return (
              <li key={b.number} className="flex flex-wrap items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="compare"
                  value={b.number}
                  id={`compare-${b.number}`}
                  defaultChecked={position >= 0}
                  className="h-4 w-4 print:hidden"
                />
                <label htmlFor={`compare-${b.number}`} className="font-medium">
                  {position >= 0 ? (
                    <span
                      aria-hidden
                      className="mr-1 inline-block h-1.5 w-4 align-middle"
                      style={{ background: BASELINE_COLORS[position], printColorAdjust: "exact" }}
                    />
                  ) : null}
                  {t("fields.baselineN", { n: b.number })}
                  {b.name ? ` · ${b.name}` : ""}
                </label>
                <span className="text-slate-600">
                  {t("baseline.saved", {
                    date: format.dateTime(b.savedAt, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                  {b.savedByName ? ` · ${t("baseline.savedBy", { name: b.savedByName })}` : ""}
                </span>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <Button type="submit" size="sm" variant="secondary" className="print:hidden">
        {t("baseline.compare")}
      </Button>
    </form>
  );
}
