import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { LEVEL_TONE, signalText } from "@/components/health/health-signals";
import { Badge, PageHeader } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { TableScroll } from "@/components/ui/table-scroll";
import { listAtRiskAccounts, type AtRiskCursor } from "@/db/queries/churn";
import { listAccountOwners } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/session";
import { seesAllAccounts } from "@/lib/policy";

export async function generateMetadata() {
  const t = await getTranslations("value.atRisk");
  return { title: t("title") };
}

type SearchParams = Promise<{ owner?: string | string[]; after?: string | string[] }>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** `?after=<score>_<id>`: the page after that row. */
function cursorOf(raw: string | undefined): AtRiskCursor | undefined {
  const match = /^(\d{1,3})_([0-9a-f-]{36})$/.exec(raw ?? "");
  if (!match || !z.uuid().safeParse(match[2]).success) return undefined;
  return { score: Number(match[1]), id: match[2]! };
}

/**
 * 风险客户: a manager's own (and team) accounts at risk; directors, executives and
 * admins see all, filterable by customer manager (`?owner=`).
 */
export default async function AtRiskPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const params = await searchParams;
  const all = seesAllAccounts(user);
  const owner = one(params.owner);
  const ownerId = all && owner && z.uuid().safeParse(owner).success ? owner : undefined;
  const after = cursorOf(one(params.after));
  const [rows, owners, t, ts, tc, format] = await Promise.all([
    listAtRiskAccounts({ actor: user, ownerId, after }),
    all ? listAccountOwners() : Promise.resolve([]),
    getTranslations("value.atRisk"),
    getTranslations("stages"),
    getTranslations("value.churn"),
    getFormatter(),
  ]);
  const reasons = await Promise.all(
    rows.map((r) => Promise.all((r.signals ?? []).map(signalText))),
  );
  const last = rows.at(-1);
  const nextHref =
    last && rows.length >= 100
      ? `/accounts/at-risk?${new URLSearchParams({ ...(ownerId ? { owner: ownerId } : {}), after: `${last.score}_${last.id}` })}`
      : null;
  const computedAt = rows.find((r) => r.computedAt)?.computedAt;
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      {all ? (
        <form method="get" className="mb-4 flex flex-wrap items-end gap-2 print:hidden">
          <Field id="at-risk-owner" label={t("owner")}>
            <Select id="at-risk-owner" name="owner" defaultValue={ownerId ?? ""}>
              <option value="">{t("allOwners")}</option>
              {owners.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          </Field>
          <button
            type="submit"
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-100"
          >
            {t("filter")}
          </button>
        </form>
      ) : null}
      {computedAt ? (
        <p className="mb-2 text-xs text-slate-600">
          {t("computedAt", {
            at: format.dateTime(new Date(computedAt), { dateStyle: "medium", timeStyle: "short" }),
          })}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <TableScroll label={t("title")}>
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="p-2">
                  {t("account")}
                </th>
                <th scope="col" className="p-2">
                  {t("owner")}
                </th>
                <th scope="col" className="p-2">
                  {t("stage")}
                </th>
                <th scope="col" className="p-2">
                  {t("score")}
                </th>
                <th scope="col" className="p-2">
                  {t("reasons")}
                </th>
                <th scope="col" className="p-2">
                  {t("case")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.id} className="border-b border-slate-100 align-top">
                  <td className="p-2">
                    <Link
                      href={`/accounts/${r.id}?tab=value`}
                      prefetch={false}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {r.name}
                    </Link>
                    <span className="block text-xs text-slate-500">{r.code}</span>
                  </td>
                  <td className="p-2">{r.ownerName ?? t("noOwner")}</td>
                  <td className="p-2">{ts(`stage.${r.stage}`)}</td>
                  <td className="p-2">
                    {r.level ? <Badge tone={LEVEL_TONE[r.level]}>{r.score}</Badge> : "—"}
                  </td>
                  <td className="p-2">
                    <ul className="space-y-0.5">
                      {reasons[i]!.map((text, j) => (
                        <li key={j}>{text}</li>
                      ))}
                    </ul>
                  </td>
                  <td className="p-2">{r.caseStatus ? tc(`status.${r.caseStatus}`) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {nextHref ? (
        <p className="mt-3">
          <Link href={nextHref} className="text-sm font-medium text-brand-700 hover:underline">
            {t("next")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
