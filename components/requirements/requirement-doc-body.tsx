import {
  KIND_LABEL_KEYS,
  PRIORITY_LABEL_KEYS,
  REQUIREMENT_KINDS,
  REQUIREMENT_SECTIONS,
  SECTION_LABEL_KEYS,
  STATUS_LABEL_KEYS,
  type RequirementDocContent,
} from "@/lib/requirements/model";

/** A translator for the `requirements` namespace, in the app's or the printed document's language. */
export type RequirementsT = (key: string, values?: Record<string, string | number>) => string;

/**
 * The document's content as a reader sees it: numbered sections, then the
 * functional and the technical requirements as tables. Used on screen and in print.
 */
export function RequirementDocBody({
  content,
  t,
  stakeholderNames,
}: {
  content: RequirementDocContent;
  t: RequirementsT;
  stakeholderNames: ReadonlyMap<string, string>;
}) {
  return (
    <div className="space-y-6">
      {REQUIREMENT_SECTIONS.map((section, i) => {
        const text = content.sections[section]?.trim();
        return (
          <section key={section} className="break-inside-avoid">
            <h3 className="text-base font-semibold">
              {i + 1}. {t(SECTION_LABEL_KEYS[section])}
            </h3>
            <p className="mt-1 whitespace-pre-wrap text-sm text-slate-800">
              {text || <span className="text-slate-500">{t("print.none")}</span>}
            </p>
          </section>
        );
      })}
      {REQUIREMENT_KINDS.map((kind, k) => {
        const rows = content.requirements.filter((r) => r.kind === kind);
        return (
          <section key={kind}>
            <h3 className="text-base font-semibold">
              {REQUIREMENT_SECTIONS.length + k + 1}. {t(KIND_LABEL_KEYS[kind])}
            </h3>
            {rows.length === 0 ? (
              <p className="mt-1 text-sm text-slate-500">{t("print.none")}</p>
            ) : (
              <table className="mt-2 w-full table-fixed border-collapse text-left text-sm">
                <thead>
                  <tr className="border-b-2 border-slate-300 text-xs text-slate-600">
                    <th scope="col" className="w-10 py-1.5 pr-2">
                      {t("print.no")}
                    </th>
                    <th scope="col" className="py-1.5 pr-2">
                      {t("fields.title")}
                    </th>
                    <th scope="col" className="w-24 py-1.5 pr-2">
                      {t("fields.priority")}
                    </th>
                    <th scope="col" className="py-1.5 pr-2">
                      {t("fields.acceptanceCriteria")}
                    </th>
                    <th scope="col" className="w-24 py-1.5 pr-2">
                      {t("fields.sourceStakeholderId")}
                    </th>
                    <th scope="col" className="w-20 py-1.5">
                      {t("fields.status")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, n) => (
                    <tr
                      key={row.id}
                      className="break-inside-avoid border-b border-slate-200 align-top"
                    >
                      <td className="py-1.5 pr-2 tabular-nums">{n + 1}</td>
                      <td className="py-1.5 pr-2 font-medium">{row.title}</td>
                      <td className="py-1.5 pr-2">{t(PRIORITY_LABEL_KEYS[row.priority])}</td>
                      <td className="whitespace-pre-wrap py-1.5 pr-2">{row.acceptanceCriteria}</td>
                      <td className="py-1.5 pr-2">
                        {row.sourceStakeholderId
                          ? (stakeholderNames.get(row.sourceStakeholderId) ?? "")
                          : ""}
                      </td>
                      <td className="py-1.5">{t(STATUS_LABEL_KEYS[row.status])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </div>
  );
}
