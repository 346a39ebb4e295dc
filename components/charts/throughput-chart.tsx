"use client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, CHART_HEIGHT, SEQUENTIAL, useChartNumbers } from "./chart-theme";

export type ThroughputDatum = { label: string; entered: number };

/** Accounts entering execution per week or month. */
export function ThroughputChart({
  data,
  valueLabel,
  title,
}: {
  data: ThroughputDatum[];
  valueLabel: string;
  title: string;
}) {
  const n = useChartNumbers();
  return (
    <div role="figure" aria-label={title}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={8} />
          <YAxis tick={AXIS_TICK} allowDecimals={false} tickFormatter={n.count} width={44} />
          <Tooltip formatter={(value) => n.count(value)} />
          <Bar dataKey="entered" name={valueLabel} fill={SEQUENTIAL[0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
