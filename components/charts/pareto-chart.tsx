"use client";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { AXIS_TICK, CHART_HEIGHT, MUTED_COLOR, SEQUENTIAL, useChartNumbers } from "./chart-theme";

export type ParetoDatum = { accounts: number; revenue: number };
export type ParetoLine = { share: number; label: string };

/**
 * The Pareto curve: share of accounts (ranked by revenue, most first) against the
 * share of revenue they hold, with a horizontal line per class threshold (A, A + B).
 */
export function ParetoChart({
  data,
  lines,
  title,
  accountsLabel,
  revenueLabel,
}: {
  data: ParetoDatum[];
  lines: ParetoLine[];
  title: string;
  accountsLabel: string;
  revenueLabel: string;
}) {
  const n = useChartNumbers();
  return (
    <div role="figure" aria-label={title}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <LineChart data={data} margin={{ top: 8, right: 24, bottom: 16, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="accounts"
            domain={[0, 1]}
            tick={AXIS_TICK}
            tickFormatter={n.share}
            label={{ value: accountsLabel, position: "insideBottom", offset: -8, fontSize: 12 }}
          />
          <YAxis domain={[0, 1]} tick={AXIS_TICK} tickFormatter={n.share} width={48} />
          <Tooltip
            formatter={(value) => n.share(value)}
            labelFormatter={(value) => `${accountsLabel}: ${n.share(value)}`}
          />
          {lines.map((line) => (
            <ReferenceLine
              key={line.label}
              y={line.share}
              stroke={MUTED_COLOR}
              strokeDasharray="6 4"
              label={{ value: line.label, position: "insideBottomRight", fontSize: 12 }}
            />
          ))}
          <Line
            dataKey="revenue"
            name={revenueLabel}
            stroke={SEQUENTIAL[0]}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
