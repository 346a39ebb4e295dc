import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AccountHeader } from "@/components/account/account-header";
import { AccountTabs } from "@/components/account/account-tabs";
import { DirectorTools } from "@/components/account/director-tools";
import { HistoryTimeline } from "@/components/account/history-timeline";
import { HISTORY_PAGE, historyWindow } from "@/components/account/history-window";
import { mentionedUserIds } from "@/components/account/history-values";
import { StageMovePanel } from "@/components/account/stage-move-panel";
import { StageStepper } from "@/components/account/stage-stepper";
import { AccountForecast } from "@/components/forecast/account-forecast";
import { isAccountTab } from "@/components/account/tabs";
import { StakeholderLists } from "@/components/stakeholders/stakeholder-lists";
import { StakeholderMap } from "@/components/stakeholders/stakeholder-map";
import { Card } from "@/components/ui/card";
import { ActivitiesPanel } from "./activities-panel";
import { TasksPanel } from "./tasks-panel";
import { ServicePanel } from "./service-panel";
import { ValuePanel } from "./value-panel";
import { SurveyPanel } from "./survey-panel";
import { OrdersPanel } from "./orders-panel";
import { getAccount } from "@/db/queries/accounts";
import { getExpectedDays } from "@/db/queries/stage-settings";
import { accountForecast } from "@/db/queries/forecast";
import { costPlanStatus } from "@/db/queries/cost-plans";
import { accountHistory, accountTransitions, auditEntryAt, userNames } from "@/db/queries/history";
import { listReferenceItems } from "@/db/queries/reference-data";
import { listStakeholders } from "@/db/queries/stakeholders";
import { listAccountWorkers } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/session";
import { COST_PLAN_STATUS_LABEL_KEYS } from "@/lib/cost/plan-state";
import { can } from "@/lib/policy";
import { isPipelineStage } from "@/lib/stages/stages";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{
    tab?: string | string[];
    before?: string | string[];
    type?: string | string[];
  }>;
};

export async function generateMetadata({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const detail = z.uuid().safeParse(id).success ? await getAccount({ actor: user, id }) : null;
  const t = await getTranslations("account");
  return { title: detail?.account.name ?? t("title") };
}

export default async function AccountPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ id }, { tab: rawTab, before: rawBefore, type: rawType }] = await Promise.all([
    params,
    searchParams,
  ]);
  if (!z.uuid().safeParse(id).success) notFound();
  const detail = await getAccount({ actor: user, id });
  if (!detail) notFound();
  const { account } = detail;
  const resource = { ownerId: account.ownerId, teamMemberIds: detail.team.map((m) => m.id) };
  const canEdit = can(user, "account.update", resource);
  const canMove = can(user, "stage.move", resource);
  const canOverride = can(user, "stage.override", resource);
  const isDirector = can(user, "account.assign", resource);
  const tab = isAccountTab(rawTab) ? rawTab : "stakeholders";

  const [t, expected, transitions, users, forecast] = await Promise.all([
    getTranslations("account"),
    getExpectedDays(),
    accountTransitions({ actor: user, accountId: id }),
    isDirector ? listAccountWorkers() : Promise.resolve([]),
    accountForecast(account, new Date()),
  ]);
  const [planStatus, tc] = await Promise.all([
    costPlanStatus({ actor: user, accountId: id }),
    getTranslations("cost"),
  ]);
  const lastMove = transitions.at(-1);

  return (
    <div className="space-y-6">
      <AccountHeader detail={detail} canEdit={canEdit} />
      {isDirector ? <DirectorTools detail={detail} users={users} /> : null}
      <Card title={t("stepper.title")}>
        <div className="space-y-4">
          <StageStepper
            accountId={account.id}
            stage={account.stage}
            stageEnteredAt={account.stageEnteredAt}
            expectedDays={isPipelineStage(account.stage) ? expected[account.stage] : null}
            overdue={detail.overdue}
            outcome={{
              fromStage: lastMove?.fromStage ?? null,
              churnType: account.churnType,
              reason: account.outcomeReason,
            }}
          />
          <AccountForecast view={forecast} />
          {planStatus ? (
            <p className="text-sm">
              <Link
                href={`/accounts/${account.id}/cost`}
                className="font-medium text-brand-700 hover:underline"
              >
                {t("costPlanState", {
                  status: tc(COST_PLAN_STATUS_LABEL_KEYS[planStatus] as never),
                })}
              </Link>
            </p>
          ) : null}
          {canMove ? (
            <StageMovePanel
              account={{ id: account.id, name: account.name, stage: account.stage }}
              canOverride={canOverride}
            />
          ) : null}
        </div>
      </Card>
      <AccountTabs
        accountId={account.id}
        current={tab}
        label={t("tabs.label")}
        labels={{
          stakeholders: t("tabs.stakeholders"),
          activities: t("tabs.activities"),
          tasks: t("tabs.tasks"),
          service: t("tabs.service"),
          value: t("tabs.value"),
          orders: t("tabs.orders"),
          history: t("tabs.history"),
        }}
      >
        {tab === "history" ? (
          <HistoryPanel
            accountId={id}
            user={user}
            transitions={transitions}
            before={olderThan(rawBefore)}
          />
        ) : tab === "value" ? (
          <ValuePanel
            accountId={id}
            accountStage={account.stage}
            user={user}
            canManageChurn={can(user, "churn.manage", resource)}
          />
        ) : tab === "orders" ? (
          <OrdersPanel
            accountId={id}
            user={user}
            canRecord={can(user, "order.work", resource)}
            rawBefore={rawBefore}
          />
        ) : tab === "service" ? (
          <>
            <ServicePanel accountId={id} user={user} canLog={can(user, "service.work", resource)} />
            <SurveyPanel accountId={id} user={user} canSend={can(user, "survey.send", resource)} />
          </>
        ) : tab === "tasks" ? (
          <TasksPanel detail={detail} user={user} />
        ) : tab === "activities" ? (
          <ActivitiesPanel accountId={id} user={user} canEdit={canEdit} rawType={rawType} />
        ) : (
          <StakeholdersPanel accountId={id} user={user} canEdit={canEdit} />
        )}
      </AccountTabs>
    </div>
  );
}

type User = Awaited<ReturnType<typeof requireUser>>;

async function StakeholdersPanel({
  accountId,
  user,
  canEdit,
}: {
  accountId: string;
  user: User;
  canEdit: boolean;
}) {
  const stakeholders = await listStakeholders({ actor: user, accountId });
  return (
    <div className="space-y-8">
      <StakeholderLists accountId={accountId} stakeholders={stakeholders} canEdit={canEdit} />
      <StakeholderMap stakeholders={stakeholders} />
    </div>
  );
}

/** `?before=<audit entry id>`: the history page older than that entry. */
const olderThan = (raw: string | string[] | undefined) => {
  const id = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
};

async function HistoryPanel({
  accountId,
  user,
  transitions,
  before,
}: {
  accountId: string;
  user: User;
  transitions: Awaited<ReturnType<typeof accountTransitions>>;
  before?: number;
}) {
  const [fetched, newerThan, items, locale, th] = await Promise.all([
    accountHistory({ actor: user, accountId, before, limit: HISTORY_PAGE + 1 }),
    before ? auditEntryAt({ actor: user, accountId, id: before }) : undefined,
    listReferenceItems({ all: true }),
    getLocale(),
    getTranslations("account.history"),
  ]);
  const page = historyWindow({ fetched, moves: transitions, newerThan });
  const audit = page.edits;
  const people = await userNames(mentionedUserIds(audit));
  const reference = new Map(
    items.map((i) => [i.id, (locale === "en" ? i.nameEn : i.nameZh) || i.nameZh || i.nameEn]),
  );
  const link = "text-sm font-medium text-brand-700 underline-offset-2 hover:underline";
  return (
    <div className="space-y-4">
      {before ? (
        <Link href={`/accounts/${accountId}?tab=history`} className={link}>
          {th("newest")}
        </Link>
      ) : null}
      <HistoryTimeline
        transitions={transitions}
        showMove={page.within}
        audit={audit}
        reference={reference}
        people={people}
      />
      {page.olderBefore ? (
        <Link
          href={`/accounts/${accountId}?tab=history&before=${page.olderBefore}`}
          className={link}
        >
          {th("older")}
        </Link>
      ) : null}
    </div>
  );
}
