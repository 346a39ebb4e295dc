import "server-only";
import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";

/** How many points the stored Pareto curve keeps (plus the first and the last account). */
export const PARETO_POINTS = 100;

/**
 * The ranks a Pareto curve of `n` accounts keeps: the first, every `n / points`-th
 * and the last (as SQL over a column `rank` and a count `n`).
 */
export const paretoRankFilter = (rank: unknown, n: unknown) =>
  sql`(${rank} = 1 or ${rank} = ${n} or ${rank} % greatest(1, ${n} / ${PARETO_POINTS}) = 0)`;

/**
 * Rewrites the contribution dashboard's stats (`value_segment_stats`,
 * `value_pareto_points`) from `account_value` and the accounts as they are now:
 * called by the recompute, in its transaction, so they always match the values and
 * classes it wrote. Two statements of ~100k rows read, a few thousand written.
 */
export async function refreshValueStats(tx: Tx | Db) {
  await tx.execute(sql`delete from value_segment_stats`);
  await tx.execute(sql`
    insert into value_segment_stats (owner_id, industry_id, area_id, abc_class, accounts, orders,
      revenue_minor, margin_minor)
    select a.owner_id, a.industry_id, a.area_id, a.abc_class, count(*), sum(v.order_count),
      sum(v.revenue_minor), coalesce(sum(v.margin_minor), 0)
    from account_value v join accounts a on a.id = v.account_id
    where v.revenue_minor > 0
    group by 1, 2, 3, 4`);
  await tx.execute(sql`delete from value_pareto_points`);
  await tx.execute(sql`
    insert into value_pareto_points (rank, cumulative_minor, accounts, total_minor)
    select rank, cumulative, n, total from (
      select row_number() over w as rank, sum(revenue_minor) over w as cumulative,
        count(*) over () as n, sum(revenue_minor) over () as total
      from account_value where revenue_minor > 0
      window w as (order by revenue_minor desc nulls last, account_id rows unbounded preceding)) ranked
    where ${paretoRankFilter(sql`rank`, sql`n`)}`);
}
