import type { ServiceRequest } from "@/db/schema";

/** What an audit row keeps of a request (the history line reads these). */
export const auditSummary = (row: ServiceRequest) => ({
  subject: row.subject,
  type: row.type,
  status: row.status,
  priority: row.priority,
});

/** Pages that show a request. */
export const servicePaths = ({ id, accountId }: { id: string; accountId: string }) => [
  "/service",
  `/service/${id}`,
  `/accounts/${accountId}`,
];
