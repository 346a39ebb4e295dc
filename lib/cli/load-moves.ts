import { readFileSync } from "node:fs";
import type postgres from "postgres";

/**
 * Stage moves as the browser posts them: the server action's id (from the build's
 * manifest), the page route it is posted to, and accounts that can move
 * stakeholders → evaluation (a customer decision maker) and back (a reason).
 */
export type MoveTarget = {
  actionId: string;
  /** The route the action is posted to (`:id` stands for the account on an account page). */
  route: string;
  /** Accounts in stakeholders with a decision maker, one per concurrent client. */
  accounts: string[];
};

export async function moveTarget(sql: postgres.Sql, count: number): Promise<MoveTarget> {
  const manifest = JSON.parse(
    readFileSync(".next/server/server-reference-manifest.json", "utf8"),
  ) as { node: Record<string, { exportedName?: string; workers?: Record<string, unknown> }> };
  const [actionId, entry] =
    Object.entries(manifest.node).find(([, v]) => v.exportedName === "moveStageAction") ?? [];
  if (!actionId || !entry) throw new Error("moveStageAction is not in the build");
  const workers = Object.keys(entry.workers ?? {});
  // A page that posts it (the board when it is one of them), as the bench does.
  const worker = workers.find((w) => !w.includes("[")) ?? workers[0]!;
  const route = worker
    .replace(/^app/, "")
    .replace(/\/\([^)]*\)/g, "")
    .replace(/\/page$/, "")
    .replace(/\[id\]/, ":id");
  const rows = await sql<{ id: string }[]>`
    select a.id from accounts a
    where a.stage = 'stakeholders' and a.owner_id is not null and a.archived_at is null
      and exists (select 1 from stakeholders s
        where s.account_id = a.id and s.side = 'customer' and s.decision_role = 'decision_maker')
    order by a.code limit ${count}`;
  if (rows.length < count) throw new Error(`only ${rows.length} accounts can move`);
  return { actionId, route, accounts: rows.map((r) => r.id) };
}

/** The POST of one move, as `fetch` in the browser sends it. */
export function moveRequest(target: MoveTarget, id: string, from: string, to: string) {
  return {
    method: "POST" as const,
    path: target.route.replace(":id", id),
    headers: {
      "Next-Action": target.actionId,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    body: JSON.stringify([
      { id, from, to, reason: to === "stakeholders" ? "load: rework" : "", override: false },
    ]),
  };
}
