"use client";
import { useRouter } from "next/navigation";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import {
  AXIS_TICK,
  CHART_HEIGHT,
  MUTED_COLOR,
  OVERDUE_COLOR,
  useChartNumbers,
  LEGEND_PROPS,
} from "./chart-theme";

/** `href` opens the overdue accounts of that stage. */
export type AgingDatum = { label: string; overdue: number; onTime: number; href: string };

/** Open accounts per stage, overdue stacked on on-time; clicking a bar opens its overdue accounts. */
export function AgingChart({
  data,
  series,
  title,
}: {
  data: AgingDatum[];
  series: { overdue: string; onTime: string };
  title: string;
}) {
  const n = useChartNumbers();
  const router = useRouter();
  const open = (item: { payload?: unknown }) => {
    const href = (item.payload as AgingDatum | undefined)?.href;
    if (href) router.push(href);
  };
  return (
    <div role="figure" aria-label={title}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={AXIS_TICK} interval={0} />
          <YAxis tick={AXIS_TICK} allowDecimals={false} tickFormatter={n.count} width={44} />
          <Tooltip formatter={(value) => n.count(value)} />
          <Legend {...LEGEND_PROPS} />
          <Bar
            dataKey="overdue"
            name={series.overdue}
            stackId="open"
            fill={OVERDUE_COLOR}
            onClick={open}
          >
            {data.map((d) => (
              <Cell key={d.label} fill={OVERDUE_COLOR} cursor="pointer" />
            ))}
          </Bar>
          <Bar dataKey="onTime" name={series.onTime} stackId="open" fill={MUTED_COLOR} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
