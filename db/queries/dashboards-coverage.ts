import "server-only";
import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import { accounts, returnVisitStats, tasks, users } from "@/db/schema";
import { statsRanges } from "@/lib/dashboards/stats-levels";
import { coverageRatio, type Coverage } from "@/lib/tasks/coverage";
import type { IsoDate } from "@/lib/dates";
import type { TaskStatus } from "@/lib/tasks/types";
import {
  accountConditions,
  analytic,
  inPeriod,
  timeZone,
  type DashboardArgs,
} from "./dashboards-shared";

type CoverageArgs = DashboardArgs & {
  /** Today in PCRM_TIME_ZONE: open return visits whose window has not ended are pending. */
  today: IsoDate;
};

export type CoverageReportRow = Coverage & { assigneeName: string | null };

export type MissedReturnVisit = {
  taskId: string;
  accountId: string;
  accountName: string;
  accountCode: string;
  assigneeName: string | null;
  triggerKey: string | null;
  windowStart: Date;
  windowEndsOn: IsoDate;
  dueDate: IsoDate;
  status: TaskStatus;
  completedAt: Date | null;
};

/** The rules of lib/tasks/coverage.ts (`coverageOutcome`) as SQL conditions on `tasks`. */
const covered = () =>
  sql`(${tasks.status} = 'done' and (${tasks.completedAt} at time zone ${timeZone()})::date <= ${tasks.windowEndsOn})`;
const pending = (today: IsoDate) =>
  sql`(${tasks.status} = 'open' and ${tasks.windowEndsOn} >= ${today}::date)`;
const quarterOf = () => sql`to_char(${tasks.windowStart} at time zone ${timeZone()}, 'YYYY-"Q"Q')`;

/** Return visits triggered in the period on the accounts the actor sees, with the filters. */
const scope = ({ actor, filters }: DashboardArgs, ...more: (SQL | undefined)[]) =>
  and(
    eq(tasks.kind, "return_visit"),
    inPeriod(tasks.windowStart, filters),
    ...accountConditions(actor, filters),
    ...more,
  );

/**
 * Accounts are joined only when visibility or a filter reads them: a director's
 * unfiltered coverage aggregates the period's return visits alone.
 */
const accountJoin = ({ actor, filters }: DashboardArgs) =>
  accountConditions(actor, filters).length > 0
    ? sql`join ${accounts} on ${accounts.id} = ${tasks.accountId}`
    : sql``;

/**
 * The same figures from `return_visit_stats` (migration 0027, kept by triggers on
 * tasks) when neither visibility nor a filter reads accounts (a director's or an
 * executive's whole company): whole months of the period from its month rows, the
 * days at its ends from its day rows — a few rows per assignee and month instead of
 * every return visit. Open visits keep their window's last day there, so "pending"
 * still depends on today.
 */
function fromStats({ filters, today }: CoverageArgs) {
  const rvs = returnVisitStats;
  const branches = statsRanges(filters.from, filters.to, { detailed: false }).map(
    (r) => sql`select * from ${rvs} where ${rvs.level} = ${r.level}
      and ${rvs.day} between ${r.from}::date and ${r.to}::date`,
  );
  return sql`
    select s.assignee_id, ${users.name} as assignee_name,
      to_char(s.day, 'YYYY-"Q"Q') as quarter, sum(s.visits)::int as triggered,
      coalesce(sum(s.visits) filter (where s.state = 'covered'), 0)::int as covered,
      coalesce(sum(s.visits) filter (where s.state = 'open' and s.window_ends_on >= ${today}::date), 0)::int as pending
    from (${sql.join(branches, sql` union all `)}) s
    left join ${users} on ${users.id} = s.assignee_id
    group by 1, 2, 3
    order by 3, 2 nulls last, 1`;
}

/**
 * Return-visit coverage per manager (the task's assignee) and per quarter of the
 * trigger: completed within the window ÷ triggered (seed 003's target: 100 %),
 * with the pending ones (window still open) and the missed ones.
 */
export async function returnVisitCoverage(args: CoverageArgs): Promise<CoverageReportRow[]> {
  const stats = accountConditions(args.actor, args.filters).length === 0;
  const rows = await analytic<{
    assignee_id: string | null;
    assignee_name: string | null;
    quarter: string;
    triggered: number;
    covered: number;
    pending: number;
  }>(
    stats
      ? fromStats(args)
      : sql`
    select ${tasks.assigneeId} as assignee_id, ${users.name} as assignee_name,
      ${quarterOf()} as quarter, count(*)::int as triggered,
      count(*) filter (where ${covered()})::int as covered,
      count(*) filter (where ${pending(args.today)})::int as pending
    from ${tasks}
    ${accountJoin(args)}
    left join ${users} on ${users.id} = ${tasks.assigneeId}
    where ${scope(args)}
    group by 1, 2, 3
    order by 3, 2 nulls last, 1`,
    { cache: stats },
  );
  return rows.map((r) => ({
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name,
    quarter: r.quarter,
    triggered: r.triggered,
    completedInWindow: r.covered,
    pending: r.pending,
    missed: r.triggered - r.covered - r.pending,
    coverage: coverageRatio(r.covered, r.triggered),
  }));
}

/**
 * The missed return visits behind a coverage figure (window over and not completed
 * within it: late, still open or cancelled), latest window first: of one assignee
 * (`null` = nobody) and one quarter when given. At most `limit` rows, with the total.
 */
export async function missedReturnVisits(
  args: CoverageArgs & { assigneeId?: string | null; quarter?: string; limit?: number },
) {
  const where = scope(
    args,
    sql`not ${covered()} and not ${pending(args.today)}`,
    args.assigneeId === null
      ? isNull(tasks.assigneeId)
      : args.assigneeId
        ? eq(tasks.assigneeId, args.assigneeId)
        : undefined,
    args.quarter ? sql`${quarterOf()} = ${args.quarter}` : undefined,
  );
  const rows = await analytic<{
    task_id: string;
    account_id: string;
    account_name: string;
    account_code: string;
    assignee_name: string | null;
    trigger_key: string | null;
    window_start: string | Date;
    window_ends_on: string;
    due_date: string;
    status: TaskStatus;
    completed_at: string | Date | null;
    total: number;
  }>(sql`
    select ${tasks.id} as task_id, ${accounts.id} as account_id, ${accounts.name} as account_name,
      ${accounts.code} as account_code, ${users.name} as assignee_name,
      ${tasks.triggerKey} as trigger_key, ${tasks.windowStart} as window_start,
      ${tasks.windowEndsOn}::text as window_ends_on, ${tasks.dueDate}::text as due_date,
      ${tasks.status} as status, ${tasks.completedAt} as completed_at,
      count(*) over ()::int as total
    from ${tasks}
    join ${accounts} on ${accounts.id} = ${tasks.accountId}
    left join ${users} on ${users.id} = ${tasks.assigneeId}
    where ${where}
    order by ${tasks.windowEndsOn} desc, ${tasks.id}
    limit ${args.limit ?? 200}`);
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.map((r): MissedReturnVisit => ({
      taskId: r.task_id,
      accountId: r.account_id,
      accountName: r.account_name,
      accountCode: r.account_code,
      assigneeName: r.assignee_name,
      triggerKey: r.trigger_key,
      windowStart: new Date(r.window_start),
      windowEndsOn: r.window_ends_on,
      dueDate: r.due_date,
      status: r.status,
      completedAt: r.completed_at === null ? null : new Date(r.completed_at),
    })),
  };
}
