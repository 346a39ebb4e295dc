import type { FuzzWorld } from "../fuzz-world";

export type Caller = "admin" | "director" | "owner" | "anyone";
export type Entry = { as: Caller; base: (w: FuzzWorld) => unknown };
/** One module's payloads, by action name. */
export type Entries = Record<string, Entry>;

export const account = (w: FuzzWorld) => ({ accountId: w.account.id });
