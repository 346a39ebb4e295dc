import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AgendaLists } from "@/components/home/agenda-lists";
import { OverdueList } from "@/components/home/overdue-list";
import { PendingList } from "@/components/home/pending-list";
import { StageStrip } from "@/components/home/stage-strip";
import { WeekCalendar } from "@/components/home/week-calendar";
import { PageHeader } from "@/components/ui/card";
import { listAccounts } from "@/db/queries/accounts-search";
import { pipelineBoard } from "@/db/queries/accounts-board";
import { pendingDecisions, unownedCount } from "@/db/queries/home";
import { myAgendaTasks, myQuarterCoverage, myWeek } from "@/db/queries/home-agenda";
import { agendaWeek } from "@/lib/agenda/week";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { can, seesAllAccounts } from "@/lib/policy";
import { todayIn } from "@/lib/dates";
import { PIPELINE_STAGES } from "@/lib/stages/stages";

/** How many overdue accounts and pending decisions the home page lists. */
const HOME_LIST_SIZE = 8;

/**
 * What needs the signed-in user today: their agenda (return visits and follow-ups
 * assigned to them, their coverage, a week calendar with `?week=` in the URL); then,
 * over the accounts they see: for whoever assigns
 * owners the accounts nobody owns, open accounts per stage with the overdue ones, the
 * records waiting for a director's decision, and the overdue accounts that have waited
 * longest.
 */
export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<{ week?: string | string[] }>;
}) {
  const user = await requireUser();
  const now = new Date();
  const today = todayIn(env.PCRM_TIME_ZONE, now);
  const week = agendaWeek((await searchParams).week, today);
  const assigns = can(user, "account.assign");
  const [t, board, pending, overdue, unowned, agenda, coverage, myWeekItems] = await Promise.all([
    getTranslations("common"),
    pipelineBoard({ actor: user, filters: {}, perStage: 0 }),
    pendingDecisions({ actor: user, limit: HOME_LIST_SIZE }),
    listAccounts({
      actor: user,
      filters: { overdue: true },
      sort: "stageAge",
      limit: HOME_LIST_SIZE,
    }),
    assigns ? unownedCount(user) : 0,
    myAgendaTasks({ actor: user, today }),
    myQuarterCoverage({ actor: user, today }),
    myWeek({ actor: user, week }),
  ]);
  const counts = PIPELINE_STAGES.map((stage) => {
    const row = board.counts.find((c) => c.stage === stage);
    return { stage, count: row?.count ?? 0, overdue: row?.overdue ?? 0 };
  });
  return (
    <>
      <PageHeader
        title={t("home.title", { name: user.name })}
        description={t("home.intro", { role: t(`roles.${user.role}`) })}
      />
      {unowned > 0 ? (
        <p
          className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid="home-unowned"
        >
          {t("home.unowned", { count: unowned })}{" "}
          <Link href="/accounts?owner=none" className="font-medium underline">
            {t("home.unownedLink")}
          </Link>
        </p>
      ) : null}
      <div className="mb-6 space-y-6">
        <AgendaLists {...agenda} today={today} coverage={coverage} />
        <WeekCalendar
          week={week}
          today={today}
          timeZone={env.PCRM_TIME_ZONE}
          activities={myWeekItems.activities}
          tasks={myWeekItems.tasks}
        />
      </div>
      <StageStrip
        counts={counts}
        title={seesAllAccounts(user) ? t("home.stagesAll") : t("home.stagesOwn")}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <PendingList
          items={pending.items}
          total={pending.total}
          now={now}
          title={can(user, "approval.decide") ? t("home.pendingDecide") : t("home.pendingWait")}
        />
        <OverdueList rows={overdue.rows} now={now} />
      </div>
    </>
  );
}
