"use client";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import {
  AXIS_TICK,
  CHART_HEIGHT,
  STAGE_COLORS,
  useChartNumbers,
  LEGEND_PROPS,
} from "./chart-theme";

/** One row per month: its label and a value (or null: no data) per series key. */
export type TrendDatum = { label: string } & Record<string, number | string | null>;
export type TrendSeries = { key: string; label: string; colorIndex: number };

/** A value per series over months; gaps stay gaps instead of dropping to zero. */
export function TrendChart({
  data,
  series,
  title,
}: {
  data: TrendDatum[];
  series: TrendSeries[];
  title: string;
}) {
  const n = useChartNumbers();
  return (
    <div role="figure" aria-label={title}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={AXIS_TICK} />
          <YAxis tick={AXIS_TICK} tickFormatter={n.days} domain={[0, "auto"]} width={44} />
          <Tooltip formatter={(value) => n.days(value)} />
          <Legend {...LEGEND_PROPS} />
          {series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={STAGE_COLORS[s.colorIndex % STAGE_COLORS.length]}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
