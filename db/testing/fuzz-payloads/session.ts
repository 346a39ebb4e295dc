import { TEST_PASSWORD } from "../fixtures";
import type { Entries } from "./shared";

/** app/actions.ts, app/sign-in/actions.ts, settings/password, notifications */
export const sessionPayloads: Entries = {
  setLocaleAction: { as: "anyone", base: () => ({ locale: "zh-CN" }) },
  signOutAction: { as: "owner", base: () => ({}) },
  signInAction: {
    as: "anyone",
    base: (w) => ({ email: w.users.owner.email, password: "wrong password", callbackUrl: "/" }),
  },
  changeOwnPasswordAction: {
    as: "owner",
    base: () => ({
      currentPassword: TEST_PASSWORD,
      newPassword: "z".repeat(12),
      confirmPassword: "z".repeat(12),
    }),
  },
  // notifications: one of the caller's own (an unknown id is "not found"), or all of them
  markNotificationReadAction: {
    as: "owner",
    base: () => ({ id: "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f" }),
  },
  markAllNotificationsReadAction: { as: "anyone", base: () => ({}) },
};
