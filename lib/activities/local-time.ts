import { zonedTime } from "@/lib/calendar/zone";

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * An instant as the wall time `<input type="datetime-local">` shows in `timeZone`
 * ("2026-12-07T10:00"), minutes only.
 */
export function localDateTimeOf(instant: Date, timeZone: string): string {
  const { date, minute } = zonedTime(instant, timeZone);
  const m = Math.floor(minute);
  return `${date}T${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}
