/**
 * Admission control for the dashboards' aggregates: at most `slots` run at once (the
 * analytics pool's connections), at most `maxWaiting` wait for a slot, none waits
 * longer than `maxWaitMs`. A query refused or timed out in the queue fails at once
 * with `AdmissionRefused` (the page shows the app's error boundary with "try again")
 * rather than piling up work that would finish after the client has given up. Its
 * code is PostgreSQL's "too many connections" (53300), so `isDatabaseUnavailable`
 * counts it as the database being busy, not as a bug.
 */
export class AdmissionRefused extends Error {
  readonly code = "53300";
  constructor(reason: "queue full" | "waited too long") {
    super(`dashboard query not admitted: ${reason}`);
    this.name = "AdmissionRefused";
  }
}

type Waiter = { admit: () => void; timer: ReturnType<typeof setTimeout> };

export class AdmissionQueue {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    readonly slots: number,
    readonly maxWaiting: number,
    readonly maxWaitMs: number,
  ) {}

  /** Queries running and waiting now. */
  get load() {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await task();
    } finally {
      this.leave();
    }
  }

  private enter(): Promise<void> {
    if (this.running < this.slots) {
      this.running++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.maxWaiting) {
      return Promise.reject(new AdmissionRefused("queue full"));
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        admit: resolve,
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          reject(new AdmissionRefused("waited too long"));
        }, this.maxWaitMs),
      };
      this.waiting.push(waiter);
    });
  }

  /** Hands the slot to the longest waiter, or frees it. */
  private leave() {
    const next = this.waiting.shift();
    if (!next) {
      this.running--;
      return;
    }
    clearTimeout(next.timer);
    next.admit();
  }
}
