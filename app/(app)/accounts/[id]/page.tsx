import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AccountHeader } from "@/components/account/account-header";
import { AccountTabs } from "@/components/account/account-tabs";
import { DirectorTools } from "@/components/account/director-tools";
import { HistoryTimeline } from "@/components/account/history-timeline";
import { mentionedUserIds } from "@/components/account/history-values";
import { StageMovePanel } from "@/components/account/stage-move-panel";
import { StageStepper } from "@/components/account/stage-stepper";
import { isAccountTab } from "@/components/account/tabs";
import { StakeholderLists } from "@/components/stakeholders/stakeholder-lists";
import { StakeholderMap } from "@/components/stakeholders/stakeholder-map";
import { Card } from "@/components/ui/card";
import { getAccount, getExpectedDays } from "@/db/queries/accounts";
import { accountHistory, accountTransitions, userNames } from "@/db/queries/history";
import { listReferenceItems } from "@/db/queries/reference-data";
import { listStakeholders } from "@/db/queries/stakeholders";
import { listActiveUsers } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { isPipelineStage } from "@/lib/stages/stages";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ tab?: string | string[] }>;
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
  const [{ id }, { tab: rawTab }] = await Promise.all([params, searchParams]);
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

  const [t, expected, transitions, users] = await Promise.all([
    getTranslations("account"),
    getExpectedDays(),
    accountTransitions({ actor: user, accountId: id }),
    isDirector ? listActiveUsers() : Promise.resolve([]),
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
        labels={{ stakeholders: t("tabs.stakeholders"), history: t("tabs.history") }}
      >
        {tab === "history" ? (
          <HistoryPanel accountId={id} user={user} transitions={transitions} />
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

async function HistoryPanel({
  accountId,
  user,
  transitions,
}: {
  accountId: string;
  user: User;
  transitions: Awaited<ReturnType<typeof accountTransitions>>;
}) {
  const [audit, items, locale] = await Promise.all([
    accountHistory({ actor: user, accountId, limit: 500 }),
    listReferenceItems({ all: true }),
    getLocale(),
  ]);
  const people = await userNames(mentionedUserIds(audit));
  const reference = new Map(
    items.map((i) => [i.id, (locale === "en" ? i.nameEn : i.nameZh) || i.nameZh || i.nameEn]),
  );
  return (
    <HistoryTimeline
      transitions={transitions}
      audit={audit}
      reference={reference}
      people={people}
    />
  );
}
