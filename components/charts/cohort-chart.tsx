"use client";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import {
  AXIS_TICK,
  CHART_HEIGHT,
  MUTED_COLOR,
  SEQUENTIAL,
  useChartNumbers,
  LEGEND_PROPS,
} from "./chart-theme";

export type CohortDatum = {
  label: string;
  created: number;
  reached: number;
  median: number | null;
};

/** Per creation month: accounts created and reaching execution (bars), median days (line). */
export function CohortChart({
  data,
  series,
  title,
}: {
  data: CohortDatum[];
  series: { created: string; reached: string; median: string };
  title: string;
}) {
  const n = useChartNumbers();
  return (
    <div role="figure" aria-label={title}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={AXIS_TICK} />
          <YAxis
            yAxisId="count"
            tick={AXIS_TICK}
            allowDecimals={false}
            tickFormatter={n.count}
            width={44}
          />
          <YAxis
            yAxisId="days"
            orientation="right"
            tick={AXIS_TICK}
            tickFormatter={n.days}
            domain={[0, "auto"]}
            width={44}
          />
          <Tooltip
            formatter={(value, name) => (name === series.median ? n.days(value) : n.count(value))}
          />
          <Legend {...LEGEND_PROPS} />
          <Bar yAxisId="count" dataKey="created" name={series.created} fill={MUTED_COLOR} />
          <Bar yAxisId="count" dataKey="reached" name={series.reached} fill={SEQUENTIAL[0]} />
          <Line
            yAxisId="days"
            dataKey="median"
            name={series.median}
            stroke="#d97706"
            strokeWidth={2}
            connectNulls={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
