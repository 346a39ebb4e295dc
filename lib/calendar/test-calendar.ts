import { CN_CALENDAR_SEED } from "./cn-holidays";
import type { WorkingCalendar } from "./working-time";

/** The seeded Chinese calendar, Monday to Friday 09:00–18:00 in Shanghai, for tests. */
export function chinaCalendar(overrides: Partial<WorkingCalendar> = {}): WorkingCalendar {
  return {
    timeZone: "Asia/Shanghai",
    weekdays: [1, 2, 3, 4, 5],
    dayStart: 9 * 60,
    dayEnd: 18 * 60,
    holidays: new Set(CN_CALENDAR_SEED.filter((d) => d.kind === "holiday").map((d) => d.date)),
    makeUpDays: new Set(CN_CALENDAR_SEED.filter((d) => d.kind === "makeUpDay").map((d) => d.date)),
    ...overrides,
  };
}
