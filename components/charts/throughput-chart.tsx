"use client";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { AXIS_TICK, CHART_HEIGHT, SEQUENTIAL, useChartNumbers } from "./chart-theme";

/** `partial`: what to say of a week or month only partly inside the period, if it is. */
export type ThroughputDatum = { label: string; entered: number; partial?: string };

/**
 * Accounts entering execution per week or month. Weeks or months only partly inside
 * the period are drawn lighter and say so in their tooltip.
 */
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
          <Tooltip
            formatter={(value, _name, item) => {
              const partial = (item.payload as ThroughputDatum).partial;
              return partial ? `${n.count(value)} (${partial})` : n.count(value);
            }}
          />
          <Bar dataKey="entered" name={valueLabel} fill={SEQUENTIAL[0]}>
            {data.map((d) => (
              <Cell key={d.label} fill={d.partial ? SEQUENTIAL[2] : SEQUENTIAL[0]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
