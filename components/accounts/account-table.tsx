import { getFormatter, getLocale } from "next-intl/server";
import type { Grade } from "@/db/schema/accounts";
import { daysInStage, type Stage } from "@/lib/stages/stages";
import type { AbcClass } from "@/lib/value/abc";
import { AccountRows, type AccountListRow } from "./account-rows";

export type AccountRow = {
  id: string;
  code: string;
  name: string;
  grade: Grade;
  abcClass: AbcClass | null;
  stage: Stage;
  stageEnteredAt: Date;
  overdue: boolean;
  ownerName: string | null;
  industryEn: string | null;
  industryZh: string | null;
  city: string;
  archivedAt: Date | null;
  /** The stored forecast's P50 date (YYYY-MM-DD), null without a current one. */
  p50: string | null;
};

/**
 * One page of accounts. The server hands the browser each row's values, already
 * reduced to what is shown (whole days in stage, the industry in the UI language),
 * and `AccountRows` lays them out: sent as markup, 50 rows of ten cells made up most
 * of the page's RSC payload and of its server render time.
 */
export async function AccountTable({ rows, now }: { rows: AccountRow[]; now: Date }) {
  const [locale, format] = await Promise.all([getLocale(), getFormatter()]);
  const day = (iso: string) =>
    format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const listRows: AccountListRow[] = rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    grade: row.grade,
    abcClass: row.abcClass,
    stage: row.stage,
    days: Math.max(0, Math.floor(daysInStage(row.stageEnteredAt, now))),
    overdue: row.overdue,
    owner: row.ownerName,
    industry: (locale === "en" ? row.industryEn : row.industryZh) ?? "",
    city: row.city,
    archived: row.archivedAt !== null,
    p50: row.p50 ? { iso: row.p50, text: day(row.p50) } : null,
  }));
  return <AccountRows rows={listRows} />;
}
