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
import { AXIS_TICK, CHART_HEIGHT, useChartNumbers, LEGEND_PROPS } from "./chart-theme";

/** `counts[i]` is the number of stays in bucket `i`. */
export type DistributionDatum = { label: string; counts: number[] };

const BUCKET_COLORS = ["#bfdbfe", "#93c5fd", "#60a5fa", "#2563eb", "#f59e0b", "#ea580c", "#b91c1c"];

/** Per stage, the share of stays in each length bucket (100% stacked). */
export function DistributionChart({
  data,
  buckets,
  title,
}: {
  data: DistributionDatum[];
  buckets: string[];
  title: string;
}) {
  const n = useChartNumbers();
  const rows = data.map((d) => ({
    label: d.label,
    ...Object.fromEntries(d.counts.map((count, i) => [`b${i}`, count])),
  }));
  return (
    <div role="figure" aria-label={title}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <BarChart data={rows} layout="vertical" stackOffset="expand" margin={{ left: 8, right: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={AXIS_TICK} tickFormatter={n.share} />
          <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={140} />
          <Tooltip formatter={(value) => n.count(value)} />
          <Legend {...LEGEND_PROPS} />
          {buckets.map((name, i) => (
            <Bar
              key={name}
              dataKey={`b${i}`}
              name={name}
              stackId="stays"
              fill={BUCKET_COLORS[i % BUCKET_COLORS.length]}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
