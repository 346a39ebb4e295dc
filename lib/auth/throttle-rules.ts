/**
 * How failed sign-ins are throttled. Counted per e-mail (whether or not an account has
 * it, so the reply never tells) and per client address, in a window that starts with
 * the first failure. Past the free failures each further one waits longer before its
 * reply; past the limit the key is locked for `lockSeconds`, right passwords included,
 * until the lock runs out or an admin lifts it. An address gets more room than an
 * e-mail: a whole office may sign in from one.
 */
export const THROTTLE = {
  email: {
    prefix: "email",
    limit: 10,
    freeFailures: 3,
    windowSeconds: 15 * 60,
    lockSeconds: 15 * 60,
  },
  address: {
    prefix: "ip",
    limit: 50,
    freeFailures: 10,
    windowSeconds: 15 * 60,
    lockSeconds: 15 * 60,
  },
} as const;

export type ThrottleKind = keyof typeof THROTTLE;

const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 4_000;

/** The wait before answering a failure, doubling from 250 ms past the free ones, at most 4 s. */
export function failureDelayMs(failures: { email: number; address: number }): number {
  const delay = (count: number, free: number) =>
    count <= free ? 0 : Math.min(BASE_DELAY_MS * 2 ** (count - free - 1), MAX_DELAY_MS);
  return Math.max(
    delay(failures.email, THROTTLE.email.freeFailures),
    delay(failures.address, THROTTLE.address.freeFailures),
  );
}

/** Which kind a stored key is (`email:…` or `ip:…`), and what it names. */
export function parseThrottleKey(key: string): { kind: ThrottleKind; subject: string } | null {
  for (const kind of ["email", "address"] as const) {
    const prefix = `${THROTTLE[kind].prefix}:`;
    if (key.startsWith(prefix)) return { kind, subject: key.slice(prefix.length) };
  }
  return null;
}

/** Whether a key with this many failures is locked. */
export const isLocked = (kind: ThrottleKind, failures: number) => failures > THROTTLE[kind].limit;

/**
 * The client address from the proxy headers: the last `X-Forwarded-For` hop (the one
 * the nearest proxy saw; earlier hops are the client's to write), else `X-Real-IP`.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return forwarded?.at(-1) || headers.get("x-real-ip")?.trim() || "unknown";
}
