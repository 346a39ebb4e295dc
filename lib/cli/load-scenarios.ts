import autocannon from "autocannon";
import { percentile } from "./bench-report";
import { moveRequest, type MoveTarget } from "./load-moves";

/**
 * One load scenario: `connections` clients for `seconds`, each sending its next
 * request as soon as the previous answer arrived (autocannon). Latencies are timed
 * per request from when it is sent to its full answer; an error is an answer other
 * than 200, a failed or timed-out request, a rendered error page or a refused move.
 */
export type Scenario = {
  name: string;
  connections: number;
  /** Pages requested in turn (GET), with the cookie of the signed-in user. */
  pages?: string[];
  /** Stage moves back and forth, each client on its own account. */
  moves?: MoveTarget;
  /** The session of every client, or each client's in turn. */
  cookie?: string;
  cookies?: string[];
};

export type ScenarioResult = {
  name: string;
  connections: number;
  seconds: number;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Mean response body size in bytes. */
  bytes: number;
  errors: number;
};

type Context = { slot?: number; turn?: number; stage?: string; sentAt?: number };

export async function runScenario(
  base: string,
  scenario: Scenario,
  seconds: number,
): Promise<ScenarioResult> {
  const latencies: number[] = [];
  let errors = 0;
  let bodyBytes = 0;
  let nextSlot = 0;
  const { moves, pages = [], cookies = [scenario.cookie ?? ""] } = scenario;
  const result = await autocannon({
    url: base,
    connections: scenario.connections,
    duration: seconds,
    timeout: 30,
    initialContext: {},
    requests: [
      {
        setupRequest: (request, context: Context) => {
          context.slot ??= nextSlot++;
          context.turn = (context.turn ?? context.slot) + 1;
          context.sentAt = performance.now();
          const headers = { ...request.headers, cookie: cookies[context.slot % cookies.length]! };
          if (moves) {
            const id = moves.accounts[context.slot % moves.accounts.length]!;
            const from = (context.stage ??= "stakeholders");
            const to = from === "stakeholders" ? "evaluation" : "stakeholders";
            const move = moveRequest(moves, id, from, to);
            return { ...request, ...move, headers: { ...headers, ...move.headers } };
          }
          return {
            ...request,
            method: "GET",
            path: pages[context.turn % pages.length]!,
            headers,
          };
        },
        onResponse: (status, body, context: Context) => {
          if (context.sentAt !== undefined) latencies.push(performance.now() - context.sentAt);
          bodyBytes += Buffer.byteLength(body ?? "");
          if (status !== 200 || body.includes("__next_error__")) {
            errors++;
          } else if (moves) {
            if (body.includes('"ok":true')) {
              context.stage = context.stage === "stakeholders" ? "evaluation" : "stakeholders";
            } else {
              errors++;
              // Refused or a conflict: the account's stage is in the answer; follow it.
              const stage = /"stage":"(\w+)"/.exec(body)?.[1];
              if (stage) context.stage = stage;
            }
          }
        },
      },
    ],
  });
  const failed = result.errors + result.timeouts;
  return {
    name: scenario.name,
    connections: scenario.connections,
    seconds,
    requests: result.requests.total,
    perSecond: result.requests.total / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    bytes: latencies.length ? bodyBytes / latencies.length : 0,
    errors: errors + failed,
  };
}
