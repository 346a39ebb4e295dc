import { addWorkingHours, type WorkingCalendar } from "@/lib/calendar/working-time";
import { zonedInstant } from "@/lib/calendar/zone";
import { addDays, type IsoDate } from "@/lib/dates";
import { clockColumns } from "@/lib/service/clock-row";
import { dueSteps, stepThresholdHours, type LadderStep } from "@/lib/service/escalation";
import { pauseClock, startClock, stopClock, type SlaClock } from "@/lib/service/sla";
import {
  SERVICE_CHANNELS,
  type ServicePriority,
  type ServiceType,
  type ServiceStatus,
} from "@/lib/service/types";

/**
 * One generated service request of `seed:large` (db/seed/large-service.ts loads them):
 * its COPY row and its escalation-log rows, drawn from the generator `rng`.
 */

export type Rng = () => number;

const DAY = 86_400_000;

const pick = <T>(rng: Rng, shares: [T, number][]): T => {
  let r = rng();
  for (const [value, share] of shares) if ((r -= share) < 0) return value;
  return shares[shares.length - 1]![0];
};
const TYPES: [ServiceType, number][] = [
  ["enquiry", 0.35],
  ["complaint", 0.2],
  ["repair", 0.3],
  ["suggestion", 0.15],
];
const PRIORITIES: [ServicePriority, number][] = [
  ["low", 0.15],
  ["normal", 0.55],
  ["high", 0.22],
  ["urgent", 0.08],
];
const SUBJECTS: Record<ServiceType, string[]> = {
  enquiry: ["价格咨询", "交货期咨询", "技术参数咨询", "发票咨询"],
  complaint: ["涂层起泡投诉", "交货延迟投诉", "包装破损投诉", "服务态度投诉"],
  repair: ["设备报修", "喷涂设备故障", "调色机报修", "安装调试"],
  suggestion: ["包装改进建议", "配送时间建议", "产品系列建议", "对账流程建议"],
};
const PRODUCTS = ["外墙涂料", "工业防腐漆", "木器漆", "地坪漆", "水性底漆", ""];

/** Escape one COPY text value. */
const cell = (v: string | number | Date | null | string[]) =>
  v === null
    ? "\\N"
    : v instanceof Date
      ? v.toISOString()
      : Array.isArray(v)
        ? `{${v.join(",")}}`
        : String(v).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n");
const row = (values: (string | number | Date | null | string[])[]) =>
  `${values.map(cell).join("\t")}\n`;

/** A UUID from the generator (version 4 layout), so escalation rows can point at their request. */
function uuid(rng: Rng) {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16));
  hex[12] = "4";
  hex[16] = "89ab"[Math.floor(rng() * 4)]!;
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export type Account = { id: string; owner_id: string | null; created_at: Date };
export type People = { director: string[]; executive: string[] };

/** A working-hours instant on a day between the account's creation and "now", recent days likelier. */
function receivedAt(rng: Rng, from: number, asOf: number, calendar: WorkingCalendar) {
  const at = from + (asOf - from) * Math.sqrt(rng());
  const day = new Date(at).toISOString().slice(0, 10) as IsoDate;
  const minute = calendar.dayStart + Math.floor(rng() * (calendar.dayEnd - calendar.dayStart));
  const instant = zonedInstant(day, minute, calendar.timeZone);
  return instant.getTime() >= asOf
    ? zonedInstant(addDays(day, -1), minute, calendar.timeZone)
    : instant;
}

export function generate(
  rng: Rng,
  account: Account,
  asOf: number,
  calendar: WorkingCalendar,
  ladder: LadderStep[],
  people: People,
  budgetOf: (
    t: ServiceType,
    p: ServicePriority,
  ) => {
    firstResponseHours: number;
    resolutionHours: number;
  },
) {
  const id = uuid(rng);
  const type = pick(rng, TYPES);
  const priority = pick(rng, PRIORITIES);
  const channel = SERVICE_CHANNELS[Math.floor(rng() * SERVICE_CHANNELS.length)]!;
  const received = receivedAt(rng, account.created_at.getTime(), asOf, calendar);
  const budget = budgetOf(type, priority);
  const now = new Date(asOf);
  // Shares of each budget used: most in time, some late; 2 % are never resolved.
  const frShare = rng() < 0.85 ? 0.05 + 0.9 * rng() : 1 + 2 * rng();
  const stuck = rng() < 0.02;
  const resShare = stuck ? Infinity : rng() < 0.8 ? 0.2 + 0.78 * rng() : 1 + 1.5 * rng();
  const resolved = Number.isFinite(resShare)
    ? addWorkingHours(received, budget.resolutionHours * resShare, calendar)
    : null;
  // Resolving is a response too: the first response comes no later.
  const answer = addWorkingHours(received, budget.firstResponseHours * frShare, calendar);
  const responded = resolved && resolved < answer ? resolved : answer;
  const closed = resolved ? new Date(resolved.getTime() + (1 + rng() * 4) * DAY) : null;
  const happened = (d: Date | null): d is Date => !!d && d.getTime() <= asOf;

  let clock: SlaClock = startClock(received, budget);
  let status: ServiceStatus;
  const waiting = rng() < 0.15;
  if (happened(resolved)) {
    clock = stopClock(clock, resolved, calendar);
    status = happened(closed) && rng() < 0.95 ? "closed" : "resolved";
  } else if (!happened(responded)) status = "new";
  else if (waiting) {
    // Waiting on the customer since half-way between the response and now.
    const since = new Date((responded.getTime() + asOf) / 2);
    clock = pauseClock(clock, since, calendar);
    status = "waiting_on_customer";
  } else status = rng() < 0.6 ? "in_progress" : "acknowledged";
  const respondedAt = happened(responded) ? responded : null;

  // The steps passed by "now" (or by the resolution), fired when each came due.
  const end = happened(resolved) ? resolved : now;
  const fired = dueSteps({ clock, respondedAt }, ladder, new Set(), end, calendar);
  const log = fired.map((step) => {
    const budgetHours =
      step.clock === "first_response" ? budget.firstResponseHours : budget.resolutionHours;
    const hours = stepThresholdHours(step, budgetHours);
    const firedAt = addWorkingHours(received, hours, calendar);
    const notified =
      step.target === "owner" ? (account.owner_id ? [account.owner_id] : []) : people[step.target];
    const acknowledged = status === "closed" && notified.length > 0;
    return row([
      id,
      account.id,
      step.id,
      step.target,
      step.clock,
      firedAt,
      Math.round(hours * 3600),
      notified,
      acknowledged ? notified[0]! : null,
      acknowledged ? new Date(Math.min(firedAt.getTime() + 4 * 3600_000, asOf)) : null,
    ]);
  });
  const stored = clockColumns(
    clock,
    respondedAt,
    ladder,
    new Set(fired.map((s) => s.id)),
    calendar,
  );
  const isOpen = status !== "resolved" && status !== "closed";
  const subjects = SUBJECTS[type];
  const request = row([
    id,
    account.id,
    subjects[Math.floor(rng() * subjects.length)]!,
    received,
    PRODUCTS[Math.floor(rng() * PRODUCTS.length)]!,
    channel,
    type,
    priority,
    "",
    isOpen ? "" : "已处理，客户确认",
    status,
    respondedAt,
    happened(resolved) ? resolved : null,
    status === "closed" ? closed : null,
    account.owner_id,
    account.owner_id,
    stored.slaFirstResponseHours,
    stored.slaResolutionHours,
    stored.slaUsedSeconds,
    stored.slaRunningSince,
    stored.pausedSince,
    stored.firstResponseDueAt,
    stored.resolutionDueAt,
    isOpen ? stored.nextEscalationAt : null,
    received,
    status === "closed" ? closed : (respondedAt ?? received),
  ]);
  return { request, log, open: isOpen };
}
