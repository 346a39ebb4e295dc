import type postgres from "postgres";

/** Products of the generated catalogue (codes LP-0001 …). */
const PRODUCTS = 200;

/**
 * Sales orders for the generated accounts, in set-based SQL: a catalogue of 200
 * products (four in five with a cost), then 0–11 orders per account skewed so a few
 * accounts bring most revenue (n = ⌊12·r³⌋, ~3 on average: ~300k orders at 100k
 * accounts) over the two years before `asOf`, each with 1–6 lines (~1M lines) priced
 * as lib/orders/amounts.ts prices them (amount = ⌊(price·qty·(10000 − bp) + 5000) / 10000⌋,
 * cost = unit cost · qty), and the order totals from its lines. Statuses: most
 * delivered, some confirmed, a few drafts and cancelled. Numbers `L00000001` ….
 * Skipped when the generated accounts already have orders.
 */
export async function seedLargeOrders(
  sql: postgres.Sql,
  opts: { pattern: string; asOf: Date; log: (line: string) => void },
) {
  const [{ present }] = await sql<[{ present: boolean }]>`
    select exists (select 1 from orders o join accounts a on a.id = o.account_id
      where a.code ~ ${opts.pattern}) as present`;
  if (present) {
    opts.log("seed:large: generated accounts already have orders, keeping them");
    return { orders: 0, lines: 0 };
  }
  const started = Date.now();
  const made = await sql.begin(async (tx) => {
    await tx`select setseed(0.2026)`;
    await tx`
      insert into products (code, name, unit, list_price_minor, currency, cost_minor)
      select 'LP-' || lpad(g::text, 4, '0'),
        (array['环氧底漆','聚氨酯面漆','水性工业漆','防腐涂料','氟碳涂料','粉末涂料','稀释剂','固化剂'])[1 + g % 8]
          || ' ' || g,
        (array['桶','千克','吨','套'])[1 + g % 4],
        p.price, 'CNY',
        case when g % 5 = 0 then null else (p.price * (0.45 + 0.3 * random()))::bigint end
      from generate_series(1, ${PRODUCTS}) g
      cross join lateral (select (5000 + power(random(), 2) * 4995000 + g * 0)::bigint as price) p
      on conflict (code) do nothing`;
    await tx`
      create temp table lo_products on commit drop as
      select row_number() over (order by code) as idx, id, list_price_minor as price, cost_minor as cost
      from products where code like 'LP-%'`;
    await tx`
      create temp table lo_orders on commit drop as
      select gen_random_uuid() as id, a.id as account_id,
        'L' || lpad((row_number() over (order by a.id, g))::text, 8, '0') as number,
        (${opts.asOf}::timestamptz - random() * interval '730 days')::date as order_date,
        1 + floor(random() * 6)::int as line_count, random() as r_status
      from (select id, floor(12 * power(random(), 3))::int as n from accounts
        where code ~ ${opts.pattern}) a
      cross join lateral generate_series(1, a.n) g`;
    await tx`
      create temp table lo_lines on commit drop as
      select l.order_id, l.position, p.id as product_id, p.price, l.quantity, l.discount_bp,
        (p.price * l.quantity * (10000 - l.discount_bp) + 5000) / 10000 as amount,
        p.cost * l.quantity as cost
      from (select o.id as order_id, g as position,
          1 + floor(random() * ${PRODUCTS})::int as pidx,
          1 + floor(power(random(), 2) * 20)::int as quantity,
          (array[0, 0, 0, 500, 1000, 1500])[1 + floor(random() * 6)::int] as discount_bp
        from lo_orders o cross join lateral generate_series(1, o.line_count) g) l
      join lo_products p on p.idx = l.pidx`;
    const orders = await tx`
      insert into orders (id, account_id, number, order_date, status, currency, total_minor,
        cost_minor, costed_amount_minor, line_count, confirmed_at, delivered_at, cancelled_at,
        created_at, updated_at)
      select o.id, o.account_id, o.number, o.order_date, s.status, 'CNY', t.total, t.cost,
        t.costed, t.n,
        case when s.status in ('confirmed', 'delivered') then o.order_date + interval '1 day' end,
        case when s.status = 'delivered' then o.order_date + interval '10 days' end,
        case when s.status = 'cancelled' then o.order_date + interval '3 days' end,
        o.order_date, o.order_date
      from lo_orders o
      join (select order_id, count(*)::int as n, sum(amount)::bigint as total,
          sum(cost)::bigint as cost, coalesce(sum(amount) filter (where cost is not null), 0)::bigint as costed
        from lo_lines group by order_id) t on t.order_id = o.id
      cross join lateral (select case
          when o.order_date > (${opts.asOf}::timestamptz - interval '10 days')::date and o.r_status < 0.5 then 'draft'
          when o.order_date > (${opts.asOf}::timestamptz - interval '10 days')::date then 'confirmed'
          when o.r_status < 0.82 then 'delivered'
          when o.r_status < 0.92 then 'confirmed'
          when o.r_status < 0.96 then 'draft'
          else 'cancelled' end::order_status as status) s`;
    const lines = await tx`
      insert into order_lines (order_id, position, product_id, unit_price_minor, quantity,
        discount_bp, amount_minor, cost_minor)
      select order_id, position, product_id, price, quantity, discount_bp, amount, cost
      from lo_lines`;
    return { orders: orders.count, lines: lines.count };
  });
  if (made.orders > 0) await sql`vacuum analyze products, orders, order_lines`;
  opts.log(`seed:large: ${made.orders} orders, ${made.lines} lines (${Date.now() - started} ms)`);
  return made;
}
