import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import { ATTITUDES, INFLUENCE_LEVELS, type Stakeholder } from "@/db/schema/stakeholders";
import { TableScroll } from "@/components/ui/table-scroll";

/** Left to right: from opponent to champion. */
const COLUMNS = [...ATTITUDES].reverse();
/** Top to bottom: most influence first. */
const ROWS = [...INFLUENCE_LEVELS].reverse();

const negative = (a: Stakeholder["attitude"]) => a === "opponent" || a === "skeptic";
const positive = (a: Stakeholder["attitude"]) => a === "champion" || a === "supporter";

function cellTone(influence: number, attitude: Stakeholder["attitude"]) {
  if (influence >= 4 && negative(attitude)) return "bg-red-50";
  if (influence >= 4 && positive(attitude)) return "bg-emerald-50";
  return "bg-white";
}

/**
 * Customer-side people on an influence × attitude grid. It is a real table
 * (row and column headers), so a screen reader reads it cell by cell; the
 * tinted corners and the "watch" list give the manager the risk at a glance.
 */
export async function StakeholderMap({ stakeholders }: { stakeholders: Stakeholder[] }) {
  const t = await getTranslations("account.stakeholders");
  const people = stakeholders.filter((s) => s.side === "customer");
  const at = (influence: number, attitude: Stakeholder["attitude"]) =>
    people.filter((p) => p.influence === influence && p.attitude === attitude);
  const risks = people.filter((p) => p.influence >= 4 && negative(p.attitude));
  const allies = people.filter((p) => p.influence >= 4 && positive(p.attitude));
  const names = (list: Stakeholder[]) => list.map((p) => p.name).join(t("listSeparator"));

  return (
    <section aria-labelledby="stakeholder-map-title" className="space-y-3">
      <div>
        <h2 id="stakeholder-map-title" className="text-base font-semibold">
          {t("map.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("map.intro")}</p>
      </div>
      {people.length === 0 ? (
        <p className="text-sm text-slate-600">{t("map.empty")}</p>
      ) : (
        <>
          <TableScroll label={t("map.caption")}>
            <table className="w-full min-w-[36rem] table-fixed border-collapse text-xs">
              <caption className="sr-only">{t("map.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className="w-24 p-1 text-left font-medium text-slate-500">
                    {t("map.corner")}
                  </th>
                  {COLUMNS.map((a) => (
                    <th key={a} scope="col" className="p-1 text-center font-medium text-slate-600">
                      {t(`attitude.${a}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ROWS.map((level) => (
                  <tr key={level}>
                    <th scope="row" className="p-1 text-left font-medium text-slate-600">
                      {t(`influence.${level}`)}
                    </th>
                    {COLUMNS.map((a) => (
                      <td
                        key={a}
                        className={cn(
                          "h-12 border border-slate-200 p-1 align-top",
                          cellTone(level, a),
                        )}
                      >
                        <ul className="space-y-0.5">
                          {at(level, a).map((p) => (
                            <li key={p.id} className="rounded bg-white/80 px-1 shadow-sm">
                              {p.isPrimary ? <span aria-label={t("primary")}>★ </span> : null}
                              <span className="font-medium">{p.name}</span>
                              <span className="block text-slate-500">
                                {t(`role.${p.decisionRole}`)}
                              </span>
                            </li>
                          ))}
                        </ul>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <ul className="space-y-1 text-sm">
            <li>
              <span className="mr-1 inline-block size-3 rounded-sm border border-red-200 bg-red-50 align-middle" />
              {risks.length ? t("map.risks", { names: names(risks) }) : t("map.noRisks")}
            </li>
            <li>
              <span className="mr-1 inline-block size-3 rounded-sm border border-emerald-200 bg-emerald-50 align-middle" />
              {allies.length ? t("map.allies", { names: names(allies) }) : t("map.noAllies")}
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
