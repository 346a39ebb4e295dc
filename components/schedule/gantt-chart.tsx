import { getFormatter, getTranslations } from "next-intl/server";
import { addDays, dateBounds, daysBetween, type IsoDate } from "@/lib/dates";
import type { StepStatus } from "@/lib/schedule/variance";
import { monthTicks, placeMonthLabels, textWidth } from "./gantt-axis";

export type GanttRow = {
  id: string;
  label: string;
  milestone: boolean;
  plannedStart: IsoDate;
  plannedFinish: IsoDate;
  actualStart: IsoDate | null;
  actualFinish: IsoDate | null;
  /** One entry per compared baseline, null where the step is not in it. */
  baselines: ({ plannedStart: IsoDate; plannedFinish: IsoDate } | null)[];
  status: StepStatus;
  /** Finish variance against the first compared baseline; positive = late. */
  finishVarianceDays: number | null;
};

const WIDTH = 1000;
const LABEL = 250;
const RIGHT = 12;
const HEADER = 30;
const ROW = 40;
const TICK_FONT = 11;
const PLAN_COLOR = "#2563eb";
const ACTUAL_COLOR = "#059669";
const LATE_COLOR = "#dc2626";
export const BASELINE_COLORS = ["#475569", "#94a3b8", "#c4b5fd"] as const;

/**
 * Planned, baseline and actual bars per step with a today line. Drawn on the
 * server as SVG with solid fills, outlines and print colours, so it prints as
 * it shows; the table beside it carries the same data for screen readers.
 */
export async function GanttChart({ rows, today }: { rows: GanttRow[]; today: IsoDate }) {
  const [t, format] = await Promise.all([getTranslations("schedule"), getFormatter()]);
  const dates = rows.flatMap((r) => [
    r.plannedStart,
    r.plannedFinish,
    r.actualStart,
    r.actualFinish,
    ...r.baselines.flatMap((b) => (b ? [b.plannedStart, b.plannedFinish] : [])),
  ]);
  const bounds = dateBounds(dates);
  if (!bounds) return null;
  // Today widens the axis only when it is near the plan, so an old plan stays readable.
  const nearToday = daysBetween(bounds.max, today) <= 60 && daysBetween(today, bounds.min) <= 60;
  const min = addDays(nearToday && today < bounds.min ? today : bounds.min, -3);
  const max = addDays(nearToday && today > bounds.max ? today : bounds.max, 4);
  const span = Math.max(daysBetween(min, max), 1);
  const x = (date: IsoDate) => LABEL + (daysBetween(min, date) / span) * (WIDTH - LABEL - RIGHT);
  const width = (from: IsoDate, to: IsoDate) => Math.max(x(addDays(to, 1)) - x(from), 2);
  const height = HEADER + rows.length * ROW + 8;
  const nBase = rows[0]?.baselines.length ?? 0;
  const showToday = today >= min && today <= max;
  const day = (d: IsoDate) =>
    format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const range = (from: IsoDate, to: IsoDate) =>
    from === to ? day(from) : `${day(from)} – ${day(to)}`;
  const variance = (days: number | null) =>
    days === null
      ? null
      : days < 0
        ? t("variance.daysEarly", { days: -days })
        : t("variance.days", { days });
  const month = (d: IsoDate) =>
    format.dateTime(new Date(`${d}T00:00:00Z`), {
      year: "numeric",
      month: "short",
      timeZone: "UTC",
    });
  const ticks = monthTicks(min, max);
  const todayFits = x(today) + 6 + textWidth(t("fields.today"), TICK_FONT) <= WIDTH;
  const tickLabels = placeMonthLabels(
    ticks.map((tick) => ({ x: x(tick), text: month(tick) })),
    WIDTH,
    TICK_FONT,
  );

  return (
    <figure className="space-y-2 break-inside-avoid">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="h-auto w-full"
        role="img"
        aria-labelledby="gantt-title"
        style={{ printColorAdjust: "exact", WebkitPrintColorAdjust: "exact" }}
      >
        <title id="gantt-title">{t("gantt.title")}</title>
        <rect x={0} y={0} width={WIDTH} height={height} fill="#ffffff" />
        {ticks.map((tick, i) => {
          const label = tickLabels[i];
          return (
            <g key={tick}>
              <line x1={x(tick)} x2={x(tick)} y1={HEADER - 6} y2={height} stroke="#e2e8f0" />
              {label ? (
                <text
                  x={label.x}
                  y={HEADER - 12}
                  textAnchor={label.anchor}
                  fontSize={TICK_FONT}
                  fill="#475569"
                >
                  {label.text}
                </text>
              ) : null}
            </g>
          );
        })}
        {rows.map((row, i) => {
          const top = HEADER + i * ROW;
          const planY = top + 6 + nBase * 5;
          const late = row.finishVarianceDays !== null && row.finishVarianceDays > 0;
          const plannedTitle = t("gantt.barPlanned", {
            name: row.label,
            date: range(row.plannedStart, row.plannedFinish),
          });
          const actualEnd =
            row.actualFinish ?? (row.actualStart && today >= row.actualStart ? today : null);
          return (
            <g key={row.id}>
              {i % 2 === 1 ? (
                <rect x={0} y={top} width={WIDTH} height={ROW} fill="#f8fafc" />
              ) : null}
              <text
                x={6}
                y={top + ROW / 2 + 4}
                fontSize={13}
                fill={row.status === "overdue" ? LATE_COLOR : "#0f172a"}
                fontWeight={row.status === "overdue" ? 600 : 400}
              >
                {row.status === "overdue" ? "! " : ""}
                {row.label.length > 25 ? `${row.label.slice(0, 24)}…` : row.label}
              </text>
              {row.baselines.map((b, j) =>
                b ? (
                  <rect
                    key={j}
                    x={x(b.plannedStart)}
                    y={top + 4 + j * 5}
                    width={width(b.plannedStart, b.plannedFinish)}
                    height={4}
                    fill={BASELINE_COLORS[j]}
                  >
                    <title>
                      {t("gantt.barBaseline", {
                        name: row.label,
                        n: j + 1,
                        date: range(b.plannedStart, b.plannedFinish),
                      })}
                    </title>
                  </rect>
                ) : null,
              )}
              {row.milestone ? (
                <path
                  d={`M ${x(row.plannedStart)} ${planY} l 7 6 l -7 6 l -7 -6 z`}
                  fill={PLAN_COLOR}
                  stroke="#1e3a8a"
                >
                  <title>{plannedTitle}</title>
                </path>
              ) : (
                <rect
                  x={x(row.plannedStart)}
                  y={planY}
                  width={width(row.plannedStart, row.plannedFinish)}
                  height={11}
                  rx={2}
                  fill={PLAN_COLOR}
                  stroke="#1e3a8a"
                  strokeWidth={0.5}
                >
                  <title>{plannedTitle}</title>
                </rect>
              )}
              {row.actualStart && actualEnd ? (
                <rect
                  x={x(row.actualStart)}
                  y={planY + 14}
                  width={width(row.actualStart, actualEnd)}
                  height={8}
                  rx={2}
                  fill={row.actualFinish ? (late ? LATE_COLOR : ACTUAL_COLOR) : "#ffffff"}
                  stroke={late ? LATE_COLOR : ACTUAL_COLOR}
                  strokeWidth={1.5}
                  strokeDasharray={row.actualFinish ? undefined : "4 2"}
                >
                  <title>
                    {[
                      t("gantt.barActual", {
                        name: row.label,
                        date: row.actualFinish
                          ? range(row.actualStart, row.actualFinish)
                          : t("gantt.since", { date: day(row.actualStart) }),
                      }),
                      row.actualFinish ? variance(row.finishVarianceDays) : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </title>
                </rect>
              ) : null}
            </g>
          );
        })}
        {showToday ? (
          <g>
            <line
              x1={x(today)}
              x2={x(today)}
              y1={HEADER - 4}
              y2={height}
              stroke={LATE_COLOR}
              strokeWidth={1.5}
              strokeDasharray="5 3"
            />
            <text
              // Left of the line when the label would run past the right edge.
              x={todayFits ? x(today) + 3 : x(today) - 3}
              textAnchor={todayFits ? "start" : "end"}
              y={height - 4}
              fontSize={TICK_FONT}
              fill={LATE_COLOR}
            >
              {t("fields.today")}
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
        <Legend color={PLAN_COLOR} label={t("gantt.legendPlanned")} />
        {Array.from({ length: nBase }, (_, j) => (
          <Legend
            key={j}
            color={BASELINE_COLORS[j]!}
            label={t("gantt.legendBaselineN", { n: j + 1 })}
            thin
          />
        ))}
        <Legend color={ACTUAL_COLOR} label={t("gantt.legendActual")} />
        <Legend color={LATE_COLOR} label={t("gantt.legendLate")} />
        <Legend color={ACTUAL_COLOR} label={t("gantt.legendInProgress")} dashed />
        {showToday ? <Legend color={LATE_COLOR} label={t("gantt.legendToday")} line /> : null}
      </figcaption>
    </figure>
  );
}

function Legend({
  color,
  label,
  thin,
  dashed,
  line,
}: {
  color: string;
  label: string;
  thin?: boolean;
  dashed?: boolean;
  line?: boolean;
}) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span
        aria-hidden
        className="inline-block w-5 rounded-sm"
        style={{
          height: line ? 0 : thin ? 4 : 10,
          background: dashed || line ? "transparent" : color,
          border: dashed ? `1.5px dashed ${color}` : line ? undefined : `0.5px solid ${color}`,
          borderTop: line ? `2px dashed ${color}` : undefined,
          printColorAdjust: "exact",
        }}
      />
      {label}
    </span>
  );
}
