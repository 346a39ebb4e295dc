/**
 * Service requests (服务反馈, seed 002's 服务反馈单): how they reach us, what they
 * are, how urgent, and where they stand. Seeds 001/003: 受理 (acknowledge), 处理中,
 * 等待客户, 已解决, 已关闭; 投诉 (complaint) is one of the types.
 */
export const SERVICE_CHANNELS = ["phone", "email", "visit", "letter", "web"] as const;
export type ServiceChannel = (typeof SERVICE_CHANNELS)[number];

export const SERVICE_TYPES = ["enquiry", "complaint", "repair", "suggestion"] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const SERVICE_PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type ServicePriority = (typeof SERVICE_PRIORITIES)[number];

export const SERVICE_STATUSES = [
  "new",
  "acknowledged",
  "in_progress",
  "waiting_on_customer",
  "resolved",
  "closed",
] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** Statuses in which a request still waits for us (the escalation sweep looks at these). */
export const OPEN_STATUSES: readonly ServiceStatus[] = [
  "new",
  "acknowledged",
  "in_progress",
  "waiting_on_customer",
];

/** The two SLA clocks an escalation step can watch. */
export const SLA_CLOCKS = ["first_response", "resolution"] as const;
export type SlaClockKind = (typeof SLA_CLOCKS)[number];

/** Who an escalation step notifies. */
export const ESCALATION_TARGETS = ["owner", "director", "executive"] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

const member =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === "string" && (values as readonly string[]).includes(value);

export const isServiceStatus = member(SERVICE_STATUSES);
export const isServiceType = member(SERVICE_TYPES);
export const isServicePriority = member(SERVICE_PRIORITIES);
