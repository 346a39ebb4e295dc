import type { Entries } from "./shared";

/** app/(app)/admin/*: users, calendar, sign-in locks, jobs, stages, reference data */
export const adminPayloads: Entries = {
  createUserAction: {
    as: "admin",
    base: () => ({
      name: "新人",
      email: "new@test.example",
      role: "manager",
      password: "x".repeat(12),
    }),
  },
  changeUserRoleAction: {
    as: "admin",
    base: (w) => ({ id: w.users.other.id, version: w.users.other.version, role: "director" }),
  },
  setUserActiveAction: {
    as: "admin",
    base: (w) => ({ id: w.users.other.id, version: w.users.other.version, active: true }),
  },
  resetUserPasswordAction: {
    as: "admin",
    base: (w) => ({ id: w.users.other.id, password: "y".repeat(12) }),
  },
  endUserSessionsAction: { as: "admin", base: (w) => ({ id: w.users.other.id }) },
  saveWorkingHoursAction: {
    as: "admin",
    base: () => ({ weekdays: [1, 2, 3, 4, 5], dayStart: "09:00", dayEnd: "18:00", version: 0 }),
  },
  saveCalendarDayAction: {
    as: "admin",
    base: () => ({ date: "2026-10-01", kind: "holiday", festival: "nationalDay", note: "国庆" }),
  },
  removeCalendarDayAction: { as: "admin", base: () => ({ date: "2026-10-01" }) },
  unlockSignInAction: {
    as: "admin",
    base: (w) => ({ key: `email:${w.users.owner.email}` }),
  },
  retryJobAction: { as: "admin", base: () => ({ id: "9b2f3c1e-8d4a-4f6b-9c7d-2e5a1b3c4d5e" }) },
  runJobNowAction: { as: "admin", base: () => ({ queue: "housekeeping" }) },
  saveStageSettingAction: {
    as: "admin",
    base: () => ({ stage: "scope", expectedDays: "21", version: 0 }),
  },
  saveFilingLimitAction: {
    as: "admin",
    base: () => ({ type: "reception", hours: "72", version: 0 }),
  },
  saveReturnVisitTriggerAction: {
    as: "admin",
    base: () => ({ key: "visit_logged", windowDays: "5", enabled: "true", version: 0 }),
  },
  createReferenceItemAction: {
    as: "admin",
    base: () => ({ kind: "industry", code: "food", nameEn: "Food", nameZh: "食品", sortOrder: 1 }),
  },
  updateReferenceItemAction: {
    as: "admin",
    base: (w) => ({ ...w.reference.source, sortOrder: 2 }),
  },
  setReferenceItemActiveAction: {
    as: "admin",
    base: (w) => ({ id: w.reference.source.id, version: w.reference.source.version, active: true }),
  },
};
