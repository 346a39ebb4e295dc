"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { AXIS_TICK, CHART_HEIGHT, SEQUENTIAL, useChartNumbers, LEGEND_PROPS } from "./chart-theme";

export type StageTimingDatum = { label: string; median: number; p75: number; p90: number };

/** Median, p75 and p90 days per stage, side by side. */
export function StageTimingChart({
  data,
  series,
  title,
}: {
  data: StageTimingDatum[];
  series: { median: string; p75: string; p90: string };
  title: string;
}) {
  const n = useChartNumbers();
  return (
    <div role="figure" aria-label={title}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={AXIS_TICK} interval={0} />
          <YAxis tick={AXIS_TICK} tickFormatter={n.days} domain={[0, "auto"]} width={44} />
          <Tooltip formatter={(value) => n.days(value)} />
          <Legend {...LEGEND_PROPS} />
          <Bar dataKey="median" name={series.median} fill={SEQUENTIAL[0]} />
          <Bar dataKey="p75" name={series.p75} fill={SEQUENTIAL[1]} />
          <Bar dataKey="p90" name={series.p90} fill={SEQUENTIAL[2]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
