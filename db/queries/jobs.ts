import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { JOB_SCHEMA } from "@/lib/jobs/boss";

export type FailedJob = {
  id: string;
  name: string;
  data: unknown;
  error: string;
  retryCount: number;
  createdOn: Date;
  completedOn: Date | null;
};

const table = sql.raw(`"${JOB_SCHEMA}".job`);

/** pg-boss creates its schema on its first start; before that there are no jobs. */
async function installed() {
  const [row] = await db.execute<{ ok: boolean }>(
    sql`select to_regclass(${`"${JOB_SCHEMA}".job`}) is not null as ok`,
  );
  return row?.ok === true;
}

/** Failure output as pg-boss stores it: the thrown error's message, or the value. */
function errorText(output: unknown): string {
  if (output && typeof output === "object" && "message" in output) {
    return String((output as { message: unknown }).message);
  }
  return output == null ? "" : JSON.stringify(output);
}

/** Jobs that failed after their last retry, newest first (admin page). */
export async function listFailedJobs({ limit = 100 }: { limit?: number } = {}) {
  if (!(await installed())) return [];
  const rows = await db.execute<{
    id: string;
    name: string;
    data: unknown;
    output: unknown;
    retry_count: number;
    created_on: string;
    completed_on: string | null;
  }>(sql`
    select id, name, data, output, retry_count, created_on, completed_on
    from ${table}
    where state = 'failed'
    order by completed_on desc nulls last, id
    limit ${limit}`);
  return rows.map((r): FailedJob => ({
    id: r.id,
    name: r.name,
    data: r.data,
    error: errorText(r.output),
    retryCount: r.retry_count,
    createdOn: new Date(r.created_on),
    completedOn: r.completed_on ? new Date(r.completed_on) : null,
  }));
}

/** One job's queue and state, or null (the retry action checks it before retrying). */
export async function getJobState(id: string) {
  if (!(await installed())) return null;
  const [row] = await db.execute<{ name: string; state: string }>(
    sql`select name, state from ${table} where id = ${id}`,
  );
  return row ?? null;
}

/** Per queue: jobs waiting, running, failed and done (kept ones), for the admin page. */
export async function jobCounts() {
  if (!(await installed())) return [];
  const rows = await db.execute<{ name: string; state: string; count: number }>(sql`
    select name, state::text as state, count(*)::int as count
    from ${table}
    group by name, state
    order by name`);
  return rows;
}
