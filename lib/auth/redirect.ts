/**
 * Where to go after signing in: a path on this site, never another origin (an open
 * redirect). The URL is resolved the way a browser would, so `//host` and `/\host`
 * (which browsers read as `//host`) are refused.
 */
export function safeRedirect(url: string | undefined): string {
  if (!url?.startsWith("/")) return "/";
  const base = "http://pcrm.invalid";
  const target = new URL(url, base);
  return target.origin === base ? `${target.pathname}${target.search}${target.hash}` : "/";
}
