// `npm start` with several Next.js workers behind one port (lib/cli/processes.ts runs
// it as `node next-cluster.mjs <next's script> start --port N`). Node's cluster module
// lets every worker listen on the same port; the primary accepts the connections and
// hands them to the workers in turn. Plain JavaScript: it runs before anything is
// compiled, with no tsx in between.
//
// - PCRM_WORKERS workers (lib/cli/workers.ts decides the number); each gets
//   PCRM_WORKER_INDEX. Background jobs run in worker 0 only: the others get
//   PCRM_JOBS=0 (pg-boss would be safe several times over, but each copy would poll).
// - A worker that dies after it has served for a while is replaced; one that dies
//   within STARTUP_MS of its start (bad configuration, a port in use) stops them all,
//   and this process exits with its code, so `npm start` ends with the error.
// - SIGTERM or SIGINT: every worker gets SIGTERM (Next.js closes its server), and this
//   process exits once they have.
import cluster from "node:cluster";

const STARTUP_MS = 15_000;
const [script, ...args] = process.argv.slice(2);
const count = Number(process.env.PCRM_WORKERS ?? "1");
if (!script || !Number.isInteger(count) || count < 1) {
  console.error("next-cluster: usage: PCRM_WORKERS=<n> node next-cluster.mjs <next script> …");
  process.exit(2);
}

cluster.setupPrimary({ exec: script, args });
let stopping = false;

function fork(index) {
  const startedAt = Date.now();
  const worker = cluster.fork({
    PCRM_WORKER_INDEX: String(index),
    ...(index > 0 ? { PCRM_JOBS: "0" } : {}),
  });
  worker.once("exit", (code, signal) => {
    if (stopping) return;
    const how = signal ?? `exit ${code}`;
    if (Date.now() - startedAt < STARTUP_MS) {
      console.error(`PCRM: Next.js worker ${index} ended while starting (${how}); stopping`);
      stop(code || 1);
      return;
    }
    console.error(`PCRM: Next.js worker ${index} ended (${how}); starting another`);
    fork(index);
  });
}

function stop(exitCode = 0) {
  if (stopping) return;
  stopping = true;
  const workers = Object.values(cluster.workers ?? {}).filter(Boolean);
  if (workers.length === 0) process.exit(exitCode);
  let left = workers.length;
  for (const worker of workers) {
    worker.once("exit", () => {
      if (--left === 0) process.exit(exitCode);
    });
    worker.process.kill("SIGTERM");
  }
}

for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(signal, () => stop(0));
for (let i = 0; i < count; i++) fork(i);
