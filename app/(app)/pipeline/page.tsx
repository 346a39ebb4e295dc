import { getLocale, getTranslations } from "next-intl/server";
import { BoardFilterForm } from "@/components/pipeline/board-filter-form";
import {
  boardFilterQuery,
  parseBoardFilters,
  type SearchParams,
} from "@/components/pipeline/board-filters";
import type { BoardCard, BoardColumn } from "@/components/pipeline/board-types";
import { PipelineBoard } from "@/components/pipeline/pipeline-board";
import { PageHeader } from "@/components/ui/card";
import { getExpectedDays } from "@/db/queries/stage-settings";
import { pipelineBoard } from "@/db/queries/accounts-board";
import { listReferenceItems } from "@/db/queries/reference-data";
import { listAccountOwners } from "@/db/queries/users";
import { GRADES } from "@/db/schema/accounts";
import { requireUser } from "@/lib/auth/session";
import { can, seesAllAccounts, worksOnAccounts } from "@/lib/policy";
import { daysInStage, isPipelineStage, STAGES } from "@/lib/stages/stages";

export async function generateMetadata() {
  const t = await getTranslations("pipeline");
  return { title: t("title") };
}

export default async function PipelinePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const filters = parseBoardFilters(await searchParams);
  const ownerFilter = seesAllAccounts(user);
  const [board, expected, owners, industries, t, locale] = await Promise.all([
    pipelineBoard({ actor: user, filters }),
    getExpectedDays(),
    ownerFilter ? listAccountOwners() : Promise.resolve([]),
    listReferenceItems({ kind: "industry" }),
    getTranslations("pipeline"),
    getLocale(),
  ]);

  const now = new Date();
  const cards: BoardCard[] = board.cards.map((c) => ({
    id: c.id,
    name: c.name,
    code: c.code,
    grade: c.grade,
    abcClass: c.abcClass,
    ownerName: c.ownerName,
    stage: c.stage,
    days: Math.floor(daysInStage(c.stageEnteredAt, now)),
    overdue: c.overdue,
    p50: c.p50,
  }));
  const listQuery = boardFilterQuery(filters);
  const columns: BoardColumn[] = STAGES.map((stage) => {
    const counts = board.counts.find((c) => c.stage === stage);
    const query = new URLSearchParams(listQuery);
    query.set("stage", stage);
    return {
      stage,
      count: counts?.count ?? 0,
      overdue: counts?.overdue ?? 0,
      expectedDays: isPipelineStage(stage) ? expected[stage] : null,
      listHref: `/accounts?${query.toString()}`,
    };
  });
  // A manager only sees accounts they own or work on, so the role alone decides per card.
  const canMove = worksOnAccounts(user);

  return (
    <>
      <PageHeader title={t("title")} description={canMove ? t("intro") : t("introReadOnly")} />
      <BoardFilterForm
        values={{
          owner: filters.unowned ? "none" : (filters.ownerId ?? ""),
          grade: filters.grade ?? "",
          industry: filters.industryId ? String(filters.industryId) : "",
          overdue: !!filters.overdue,
        }}
        owners={
          ownerFilter
            ? [
                { value: "none", label: t("filters.noOwner") },
                ...owners.map((o) => ({ value: o.id, label: o.name })),
              ]
            : undefined
        }
        grades={GRADES.map((g) => ({ value: g, label: t(`grade.${g}`) }))}
        industries={industries.map((i) => ({
          value: String(i.id),
          label: locale === "en" ? i.nameEn : i.nameZh,
        }))}
      />
      <PipelineBoard
        columns={columns}
        cards={cards}
        canMove={canMove}
        canOverride={can(user, "stage.override")}
        filtered={listQuery.size > 0}
      />
    </>
  );
}
