import "server-only";
import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { db, type Tx } from "@/db";
import { databaseKnownDown, reportDatabaseError } from "@/db/readiness";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { ActionError, type ActionErrorCode, type MessageRef } from "./errors";
import { writeAudit, type AuditEntry } from "./audit";
import { unstorableTextPath } from "@/lib/validations/unstorable";
import { actionErrorFromDb, withoutParameters, type ConstraintErrors } from "./db-errors";

export type ActionResult<T = null> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: ActionErrorCode;
      message: string;
      params?: Record<string, string | number>;
      details?: MessageRef[];
      fieldErrors?: Record<string, string[]>;
    };

export type ActionContext<I> = {
  user: CurrentUser;
  input: I;
  tx: Tx;
  /** Records an audit row (who, when, what, before/after) in this transaction. */
  audit: (entry: AuditEntry) => Promise<void>;
  /**
   * Work that must not happen unless the transaction commits (e.g. `sendMail`, which
   * writes on its own connection and waits for SMTP): runs after a successful commit,
   * in order, never when the action fails. A failing hook is logged, not reported —
   * the action's writes are already committed.
   */
  afterCommit: (hook: () => Promise<unknown>) => void;
};

/** true: allowed; false: forbidden; "not_found": the caller may not know it exists. */
export type Policy<I> = (
  ctx: Omit<ActionContext<I>, "audit" | "afterCommit">,
) => boolean | "not_found" | Promise<boolean | "not_found">;

type Options<S extends z.ZodType, T> = {
  schema: S;
  policy: Policy<z.output<S>>;
  run: (ctx: ActionContext<z.output<S>>) => Promise<T>;
  /** Paths to revalidate after a successful commit. */
  revalidate?: (input: z.output<S>, data: T) => string[];
  /** Read-only actions (no writes) may opt out of the audit-row requirement. */
  readOnly?: boolean;
  /**
   * Failures for named constraints (a unique index a concurrent save hit first),
   * e.g. a field error; other unique violations are conflicts (lib/actions/db-errors).
   */
  constraints?: ConstraintErrors;
};

function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = form.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

/**
 * Per-field message keys keyed by the field's dotted path (`name`, `fields.email`,
 * `requirements.2.title`) — the names react-hook-form uses — and `_form` for the rest.
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

const fail = (
  error: ActionErrorCode,
  message: string,
  extra: Partial<Extract<ActionResult, { ok: false }>> = {},
): ActionResult<never> => ({ ok: false, error, message, ...extra });

/**
 * The caller's input through the action's schema. Text no form sends and the
 * database cannot keep (NUL, lone surrogates) is refused first, for every action.
 */
function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): { success: true; data: z.output<S> } | { success: false; failure: ActionResult<never> } {
  const value = raw instanceof FormData ? formDataToObject(raw) : raw;
  const unstorable = unstorableTextPath(value);
  if (unstorable !== null) {
    return {
      success: false,
      failure: fail("validation", "common.errors.validation", {
        fieldErrors: { [unstorable]: ["invalidCharacters"] },
      }),
    };
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { success: true, data: parsed.data };
  return {
    success: false,
    failure: fail("validation", "common.errors.validation", {
      fieldErrors: fieldErrorsOf(parsed.error),
    }),
  };
}

/**
 * While the database is down an action answers at once with a typed error the form
 * shows ("try again"), instead of waiting for a connection or ending in a 500. Any
 * other error is re-thrown without the statement's parameters.
 */
function unavailable(error: unknown): ActionResult<never> {
  unstable_rethrow(error);
  if (!isDatabaseUnavailable(error)) throw withoutParameters(error);
  reportDatabaseError();
  return fail("unavailable", "common.errors.unavailable");
}

/**
 * The one wrapper every server action goes through:
 * session → zod parse → policy → work in a transaction (with audit) → typed result.
 * Server actions are public POST endpoints, so nothing here trusts the client.
 */
export function authedAction<S extends z.ZodType, T>(options: Options<S, T>) {
  return async (raw: z.input<S> | FormData): Promise<ActionResult<T>> => {
    if (databaseKnownDown()) return fail("unavailable", "common.errors.unavailable");
    try {
      const user = await getCurrentUser();
      if (!user) return fail("unauthenticated", "common.errors.unauthenticated");
      return await execute(options, user, raw);
    } catch (error) {
      return unavailable(error);
    }
  };
}

export async function execute<S extends z.ZodType, T>(
  options: Options<S, T>,
  user: CurrentUser,
  raw: unknown,
): Promise<ActionResult<T>> {
  const parsed = parseInput(options.schema, raw);
  if (!parsed.success) return parsed.failure;
  const input = parsed.data;
  let data: T;
  const afterCommit: (() => Promise<unknown>)[] = [];
  try {
    data = await db.transaction(async (tx) => {
      const decision = await options.policy({ user, input, tx });
      if (decision === "not_found") throw new ActionError("not_found", "common.errors.notFound");
      if (!decision) throw new ActionError("forbidden", "common.errors.forbidden");
      let audited = 0;
      const audit = async (entry: AuditEntry) => {
        audited++;
        await writeAudit(tx, user.id, entry);
      };
      const result = await options.run({
        user,
        input,
        tx,
        audit,
        afterCommit: (hook) => {
          afterCommit.push(hook);
        },
      });
      if (!options.readOnly && audited === 0) {
        throw new Error("A writing action must record an audit row (ctx.audit) or be readOnly");
      }
      return result;
    });
  } catch (error) {
    unstable_rethrow(error);
    const refusal =
      error instanceof ActionError ? error : actionErrorFromDb(error, options.constraints);
    if (refusal) {
      return fail(refusal.code, refusal.key, {
        params: refusal.params,
        details: refusal.details,
        fieldErrors: refusal.fieldErrors,
      });
    }
    return unavailable(error);
  }
  for (const hook of afterCommit) {
    try {
      await hook();
    } catch (error) {
      console.error("after-commit hook failed", withoutParameters(error));
    }
  }
  for (const path of options.revalidate?.(input, data) ?? []) revalidatePath(path);
  return { ok: true, data };
}

/**
 * The same wrapper for the few actions a signed-out visitor may call (sign-in,
 * language): zod parse → work → typed result. No session, so no policy and no writes.
 */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>) => Promise<T>,
) {
  return async (raw: z.input<S> | FormData): Promise<ActionResult<T>> => {
    const parsed = parseInput(schema, raw);
    if (!parsed.success) return parsed.failure;
    if (databaseKnownDown()) return fail("unavailable", "common.errors.unavailable");
    try {
      return { ok: true, data: await run(parsed.data) };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof ActionError)
        return fail(error.code, error.key, { params: error.params });
      return unavailable(error);
    }
  };
}
