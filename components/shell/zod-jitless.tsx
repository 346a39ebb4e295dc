"use client";
import { z } from "zod";

// Forms validate with zod in the browser. Its fast path compiles parsers with
// `new Function`, which the Content-Security-Policy forbids (no 'unsafe-eval'): even
// its caught probe is reported as a violation. Jitless mode skips both.
z.config({ jitless: true });

/** Rendered once in the root layout so the setting applies before any form parses. */
export function ZodJitless() {
  return null;
}
