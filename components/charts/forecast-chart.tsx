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
  LEGEND_PROPS,
  MUTED_COLOR,
  SEQUENTIAL,
  useChartNumbers,
} from "./chart-theme";

export type ForecastDatum = { label: string; expected: number; p10: number; p90: number };

/** Expected accounts reaching execution per period, with the P10 and P90 counts as lines. */
export function ForecastChart({
  data,
  title,
  series,
}: {
  data: ForecastDatum[];
  title: string;
  series: { expected: string; p10: string; p90: string };
}) {
  const n = useChartNumbers();
  return (
    <div role="figure" aria-label={title}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={8} />
          <YAxis tick={AXIS_TICK} allowDecimals={false} tickFormatter={n.count} width={44} />
          <Tooltip formatter={(value) => n.days(value)} />
          <Legend {...LEGEND_PROPS} />
          <Bar dataKey="expected" name={series.expected} fill={SEQUENTIAL[0]} />
          <Line
            dataKey="p10"
            name={series.p10}
            stroke={MUTED_COLOR}
            strokeDasharray="4 3"
            dot={false}
          />
          <Line
            dataKey="p90"
            name={series.p90}
            stroke={SEQUENTIAL[1]}
            strokeDasharray="4 3"
            dot={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
