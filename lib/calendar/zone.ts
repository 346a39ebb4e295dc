import type { IsoDate } from "@/lib/dates";

/**
 * Wall-clock reading of an instant in an IANA time zone, and the way back.
 * Intl does the zone rules, so DST zones are handled as well as Asia/Shanghai.
 */
export type ZonedTime = {
  date: IsoDate;
  /** Minutes since local midnight, with seconds as the fraction. */
  minute: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function fields(instant: number, timeZone: string) {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) {
    if (p.type !== "literal") out[p.type] = Number(p.value);
  }
  return out as Record<"year" | "month" | "day" | "hour" | "minute" | "second", number>;
}

/** Offset of the zone from UTC at `instant`, in milliseconds (Shanghai: +8 h). */
function offsetAt(instant: number, timeZone: string): number {
  const f = fields(instant, timeZone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

const DAY_MS = 86_400_000;
/** Most UTC days whose offset is remembered per zone before the memory is cleared. */
const MAX_CACHED_DAYS = 50_000;
const dayOffsets = new Map<string, Map<number, number | null>>();

/**
 * `offsetAt` without Intl for most instants (Intl costs ~15 µs a call; the
 * escalation sweep asks hundreds of thousands of times): the offset of the UTC day
 * the instant falls in when it is the same at the day's first and last millisecond,
 * remembered per zone; null on a day the offset changes (then Intl is asked).
 */
function dayOffset(instant: number, timeZone: string): number | null {
  let days = dayOffsets.get(timeZone);
  if (!days) dayOffsets.set(timeZone, (days = new Map()));
  const day = Math.floor(instant / DAY_MS);
  let offset = days.get(day);
  if (offset === undefined) {
    const first = offsetAt(day * DAY_MS, timeZone);
    offset = first === offsetAt((day + 1) * DAY_MS - 1, timeZone) ? first : null;
    if (days.size >= MAX_CACHED_DAYS) days.clear();
    days.set(day, offset);
  }
  return offset;
}

const quickOffsetAt = (instant: number, timeZone: string) =>
  dayOffset(instant, timeZone) ?? offsetAt(instant, timeZone);

/** The wall-clock fields of `instant` in the zone (from the day's offset when it holds all day). */
function localFields(ms: number, timeZone: string) {
  const offset = dayOffset(ms, timeZone);
  if (offset === null) return fields(ms, timeZone);
  const local = new Date(ms + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

export function zonedTime(instant: Date, timeZone: string): ZonedTime {
  const ms = instant.getTime();
  const f = localFields(ms, timeZone);
  const subSecond = (((ms % 1000) + 1000) % 1000) / 60_000;
  const date = `${String(f.year).padStart(4, "0")}-${String(f.month).padStart(2, "0")}-${String(f.day).padStart(2, "0")}`;
  const weekday = new Date(Date.UTC(f.year, f.month - 1, f.day)).getUTCDay() || 7;
  return { date, minute: f.hour * 60 + f.minute + f.second / 60 + subSecond, weekday };
}

/**
 * The instant at `minute` past local midnight of `date` in the zone. In a DST gap
 * the wall time does not exist and the later offset is used; in an overlap the earlier.
 */
export function zonedInstant(date: IsoDate, minute: number, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const local = Date.UTC(y, m - 1, d) + Math.round(minute * 60_000);
  const first = local - quickOffsetAt(local, timeZone);
  const second = local - quickOffsetAt(first, timeZone);
  return new Date(second);
}
