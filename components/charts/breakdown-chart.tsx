"use client";
import { useRouter } from "next/navigation";
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
import { AXIS_TICK, SEQUENTIAL, useChartNumbers } from "./chart-theme";

export type BreakdownDatum = { label: string; value: number; href?: string };

/** Horizontal bars, one per category; a bar with `href` opens it on click. */
export function BreakdownChart({
  data,
  valueLabel,
  title,
  unit = "count",
  color = SEQUENTIAL[0],
}: {
  data: BreakdownDatum[];
  valueLabel: string;
  title: string;
  unit?: "count" | "days";
  color?: string;
}) {
  const n = useChartNumbers();
  const router = useRouter();
  const format = unit === "days" ? n.days : n.count;
  const height = Math.max(120, data.length * 34 + 40);
  return (
    <div role="figure" aria-label={title}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            tick={AXIS_TICK}
            tickFormatter={format}
            allowDecimals={unit === "days"}
            domain={[0, "auto"]}
          />
          <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={170} interval={0} />
          <Tooltip formatter={(value) => format(value)} />
          <Bar
            dataKey="value"
            name={valueLabel}
            fill={color}
            onClick={(item) => {
              const href = (item.payload as BreakdownDatum | undefined)?.href;
              if (href) router.push(href);
            }}
          >
            {data.map((d) => (
              <Cell key={d.label} fill={color} cursor={d.href ? "pointer" : undefined} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
