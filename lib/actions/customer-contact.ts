import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { stakeholders } from "@/db/schema";
import { fieldError } from "./errors";

/**
 * A record's contact must be a customer-side stakeholder of the record's account:
 * returns the id (null for none), or throws a field error on `field`.
 */
export async function checkCustomerContact(
  tx: Tx,
  accountId: string,
  contactId: string | null,
  field = "fields.contactId",
) {
  if (!contactId) return null;
  const [found] = await tx
    .select({ id: stakeholders.id })
    .from(stakeholders)
    .where(
      and(
        eq(stakeholders.id, contactId),
        eq(stakeholders.accountId, accountId),
        eq(stakeholders.side, "customer"),
      ),
    );
  if (!found) throw fieldError(field, "contactNotOnAccount");
  return contactId;
}
