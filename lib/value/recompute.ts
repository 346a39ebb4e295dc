import "server-only";
import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { addDays } from "@/lib/dates";
import { DEFAULT_CURRENCY } from "@/lib/cost/money";
import { REVENUE_STATUSES } from "@/lib/orders/types";
import type { AbcBasis, AbcThresholds } from "./abc";
import { refreshValueStats } from "./value-stats";

export type RecomputeTrigger = "nightly" | "on_demand";

/** Trailing revenue counts orders dated within the last 365 days, today included. */
export const TRAILING_DAYS = 365;

const STATUSES = sql.raw(REVENUE_STATUSES.map((s) => `'${s}'`).join(", "));

/**
 * Recomputes every account's value and ABC class in three set-based statements
 * (no row passes through Node):
 *
 * 1. `account_value` from the orders' kept totals (confirmed and delivered, in the
 *    default currency): trailing-12-month revenue, count, average, margin of the
 *    costed lines, and the last order's date; accounts without orders get zeros.
 * 2. The class of lib/value/abc.ts: the share held by accounts ranked strictly above
 *    (the running sum through the tied group minus the group, so ties share it; a
 *    frame with `exclude group` re-aggregates per row and took minutes at 100k).
 * 3. Accounts whose class changed get it, and a history row each with the numbers
 *    (the old class from the update's own `returning old.…`, PostgreSQL 18).
 *
 * When every class changes (the first run, or a switch of basis) most of the time is
 * the update of 100k account rows: each new row version goes into all 17 indexes on
 * accounts (two of them GIN over the name), ~80 % of the update's time at 20k rows.
 *
 * 4. The contribution dashboard's stats from the new values (./value-stats.ts).
 *
 * Run in the caller's transaction: a failure changes nothing.
 */
export async function recomputeAbc(
  tx: Tx | Db,
  {
    today,
    now,
    thresholds,
    basis,
    trigger,
    byId = null,
  }: {
    today: string;
    now: Date;
    thresholds: AbcThresholds;
    basis: AbcBasis;
    trigger: RecomputeTrigger;
    byId?: string | null;
  },
) {
  const from = addDays(today, -(TRAILING_DAYS - 1));
  const at = now.toISOString();
  // The ranking's three window sorts of 100k values spilled to disk at the default 4 MB.
  await tx.execute(sql`set local work_mem = '64MB'`);
  await tx.execute(sql`
    insert into account_value as v (account_id, revenue_minor, order_count, average_order_minor,
      margin_minor, last_order_date, above_share_bp, computed_at)
    select a.id, coalesce(m.revenue, 0), coalesce(m.orders, 0),
      case when m.orders > 0 then round(m.revenue::numeric / m.orders)::bigint end,
      m.margin, l.last_date, 10000, ${at}::timestamptz
    from accounts a
    left join (
      select o.account_id, sum(o.total_minor)::bigint as revenue, count(*)::int as orders,
        sum(o.costed_amount_minor - o.cost_minor) filter (where o.cost_minor is not null)::bigint as margin
      from orders o
      where o.status in (${STATUSES}) and o.currency = ${DEFAULT_CURRENCY}
        and o.order_date between ${from}::date and ${today}::date
      group by o.account_id
    ) m on m.account_id = a.id
    left join (
      select o.account_id, max(o.order_date) as last_date
      from orders o
      where o.status in (${STATUSES}) and o.order_date <= ${today}::date
      group by o.account_id
    ) l on l.account_id = a.id
    on conflict (account_id) do update set revenue_minor = excluded.revenue_minor,
      order_count = excluded.order_count, average_order_minor = excluded.average_order_minor,
      margin_minor = excluded.margin_minor, last_order_date = excluded.last_order_date,
      computed_at = excluded.computed_at`);

  const value =
    basis === "margin" ? sql.raw("coalesce(v.margin_minor, 0)") : sql.raw("v.revenue_minor");
  const [{ changed }] = (await tx.execute(sql`
    with ranked as (
      select v.account_id, ${value} as value,
        (sum(greatest(${value}, 0)) over (order by ${value} desc)
          - sum(greatest(${value}, 0)) over (partition by ${value}))::numeric as above,
        sum(greatest(${value}, 0)) over ()::numeric as total
      from account_value v
    ),
    classed as (
      select account_id, value,
        case when total > 0 then floor(above * 10000 / total)::int else 10000 end as above_bp
      from ranked
    ),
    final as (
      select account_id, value, above_bp,
        (case when value <= 0 then 'C'
              when above_bp < ${thresholds.aBp} then 'A'
              when above_bp < ${thresholds.aBp + thresholds.bBp} then 'B'
              else 'C' end)::abc_class as cls
      from classed
    ),
    shares as (
      update account_value v set above_share_bp = f.above_bp
      from final f where f.account_id = v.account_id and v.above_share_bp <> f.above_bp
    ),
    moved as (
      update accounts a set abc_class = f.cls from final f
      where a.id = f.account_id and a.abc_class is distinct from f.cls
      returning a.id as account_id, old.abc_class as from_class, new.abc_class as to_class,
        f.value, f.above_bp
    ),
    logged as (
      insert into abc_class_history (account_id, from_class, to_class, at, trigger, basis,
        value_minor, above_share_bp, a_share_bp, b_share_bp, by_id)
      select account_id, from_class, to_class, ${at}::timestamptz, ${trigger}, ${basis}::abc_basis,
        value, above_bp, ${thresholds.aBp}, ${thresholds.bBp}, ${byId}::uuid
      from moved
      returning 1
    )
    select count(*)::int as changed from logged`)) as unknown as [{ changed: number }];
  await refreshValueStats(tx);
  return { changed };
}
