import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { accounts } from "@/db/schema";
import { ActionError, notFound } from "@/lib/actions/errors";
import { isTerminal } from "@/lib/stages/stages";

/** Dropped and churned accounts are closed: reopen them before evaluating or documenting. */
export async function requireOpenAccount(tx: Tx, accountId: string, errorKey: string) {
  const [account] = await tx
    .select({ stage: accounts.stage })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!account) throw notFound();
  if (isTerminal(account.stage)) throw new ActionError("refused", errorKey);
  return account;
}

export const validationError = (fieldErrors: Record<string, string[]>) =>
  new ActionError("validation", "common.errors.validation", undefined, undefined, fieldErrors);
