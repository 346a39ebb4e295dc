import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod";
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

/** Zod issues as dotted field paths (`answers.x.score`), so nested errors land beside their field. */
export function issuesToFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.length > 0 ? issue.path.join(".") : "_form";
    (out[path] ??= []).push(issue.message);
  }
  return out;
}

export const validationError = (fieldErrors: Record<string, string[]>) =>
  new ActionError("validation", "common.errors.validation", undefined, undefined, fieldErrors);
