import { config } from "zod";

// Forms validate with zod in the browser. Its fast path compiles parsers with
// `new Function`, which the Content-Security-Policy forbids (no 'unsafe-eval'): even
// its caught probe, made when a schema is built, is reported as a violation. Jitless
// mode skips both. Every schema module imports this first, so the setting applies
// before any schema is built, and only pages that load a schema carry zod (a named
// import, so the bundler keeps only the parts of zod the schemas use).
config({ jitless: true });
