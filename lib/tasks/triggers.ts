import { DEFAULT_WINDOW_DAYS, RETURN_VISIT_TRIGGERS, type ReturnVisitTrigger } from "./types";

export type TriggerSetting = { key: string; windowDays: number; enabled: boolean; version: number };

/** Every trigger key's default: on, with the 7-day window (version 0 = never saved). */
export const DEFAULT_TRIGGER_SETTINGS: Record<ReturnVisitTrigger, TriggerSetting> =
  Object.fromEntries(
    RETURN_VISIT_TRIGGERS.map((key) => [
      key,
      { key, windowDays: DEFAULT_WINDOW_DAYS, enabled: true, version: 0 },
    ]),
  ) as Record<ReturnVisitTrigger, TriggerSetting>;

/** The saved row for `key`, or its default when none was saved (an unknown key is off). */
export function triggerSetting(key: string, saved: readonly TriggerSetting[]): TriggerSetting {
  const row = saved.find((s) => s.key === key);
  if (row) return row;
  return (
    (DEFAULT_TRIGGER_SETTINGS as Record<string, TriggerSetting>)[key] ?? {
      key,
      windowDays: DEFAULT_WINDOW_DAYS,
      enabled: false,
      version: 0,
    }
  );
}

/** The activity types whose logging triggers a return visit, with their trigger key. */
export const ACTIVITY_TRIGGERS: Partial<Record<string, ReturnVisitTrigger>> = {
  visit: "visit_logged",
  reception: "reception_logged",
};
