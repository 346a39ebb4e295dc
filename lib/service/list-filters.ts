import {
  isServicePriority,
  isServiceStatus,
  isServiceType,
  type ServicePriority,
  type ServiceStatus,
  type ServiceType,
} from "./types";

/** The service list's view, all in the URL so it can be bookmarked. */
export type ServiceListFilters = {
  q?: string;
  /** A status, or "open" for every status still waiting on us. */
  status?: ServiceStatus | "open";
  type?: ServiceType;
  priority?: ServicePriority;
  /** A user id, or "me". */
  owner?: string;
  overdue?: boolean;
  /** Keyset cursor: the last row of the previous page, `<receivedAt ISO>~<id>`. */
  after?: { receivedAt: Date; id: string };
};

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the filters from search params; anything unknown is dropped, not an error. */
export function parseServiceFilters(params: Params): ServiceListFilters {
  const q = one(params.q)?.slice(0, 100);
  const status = one(params.status);
  const type = one(params.type);
  const priority = one(params.priority);
  const owner = one(params.owner);
  const [at, id] = (one(params.after) ?? "").split("~");
  const receivedAt = at ? new Date(at) : null;
  return {
    q,
    status: status === "open" || isServiceStatus(status) ? status : undefined,
    type: isServiceType(type) ? type : undefined,
    priority: isServicePriority(priority) ? priority : undefined,
    owner: owner === "me" || (owner && UUID.test(owner)) ? owner : undefined,
    overdue: one(params.overdue) === "1" || undefined,
    after:
      receivedAt && !Number.isNaN(receivedAt.getTime()) && id && UUID.test(id)
        ? { receivedAt, id }
        : undefined,
  };
}

/** The filters as a query string (without the cursor unless given), for links. */
export function serviceFiltersQuery(filters: ServiceListFilters, after?: string): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.status) params.set("status", filters.status);
  if (filters.type) params.set("type", filters.type);
  if (filters.priority) params.set("priority", filters.priority);
  if (filters.owner) params.set("owner", filters.owner);
  if (filters.overdue) params.set("overdue", "1");
  if (after) params.set("after", after);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export const cursorOf = (row: { receivedAt: Date; id: string }) =>
  `${row.receivedAt.toISOString()}~${row.id}`;
