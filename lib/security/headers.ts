/**
 * The security headers of every response. Pages get a Content-Security-Policy with a
 * fresh nonce per request from `proxy.ts` (Next.js reads it from the request's CSP
 * header and puts it on its own scripts); the rest are static and set for every path
 * in `next.config.ts`.
 */

/** Headers that are the same on every response, static files and API routes included. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  // For browsers without CSP's frame-ancestors.
  "X-Frame-Options": "DENY",
};

/** Two years, subdomains included, as served over HTTPS only. */
export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * Scripts only from this origin with the request's nonce (and what they load:
 * 'strict-dynamic'); styles from files and nonced style elements, plus style
 * attributes (charts and bars set widths inline); no framing, plugins or foreign
 * form targets. Development adds 'unsafe-eval' (React's debugging needs it); HTTPS adds
 * upgrade-insecure-requests.
 */
export function contentSecurityPolicy({
  nonce,
  dev = false,
  https = false,
}: {
  nonce: string;
  dev?: boolean;
  https?: boolean;
}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A fresh, unguessable nonce (128 random bits, base64). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Whether the browser reached us over HTTPS: directly, or through a proxy that says so. */
export function servedOverHttps(url: URL, headers: Headers): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return url.protocol === "https:" || forwarded === "https";
}
