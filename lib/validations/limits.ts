/**
 * Validation messages are catalog keys ("tooLong"); a message that needs numbers
 * carries them after a bar: "tooLong|max=200". Both the form (react-hook-form's zod
 * resolver) and the server action (`fieldErrorsOf`) pass zod's message through
 * unchanged, and `useErrorText` splits it again, so the limit reaches the sentence
 * the user reads ("Use at most 200 characters.").
 */
export type MessageParams = Record<string, string | number>;

export function withParams(key: string, params: MessageParams): string {
  const pairs = Object.entries(params).map(([name, value]) => `${name}=${value}`);
  return pairs.length ? `${key}|${pairs.join("&")}` : key;
}

/** `"tooLong|max=200"` → `{ key: "tooLong", params: { max: 200 } }`. */
export function splitMessage(message: string): { key: string; params: MessageParams } {
  const bar = message.indexOf("|");
  if (bar < 0) return { key: message, params: {} };
  const params: MessageParams = {};
  for (const pair of message.slice(bar + 1).split("&")) {
    const [name, value = ""] = pair.split("=");
    if (!name) continue;
    params[name] = value !== "" && Number.isFinite(Number(value)) ? Number(value) : value;
  }
  return { key: message.slice(0, bar), params };
}

type SizeIssue = {
  code: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
};

/** The shared key for a size issue: text too long/short, number too big/small, list too long. */
function defaultKey(issue: SizeIssue): string {
  const big = issue.code === "too_big";
  if (issue.origin === "string") return big ? "tooLong" : "tooShort";
  if (issue.origin === "array" || issue.origin === "set") return big ? "tooMany" : "tooFew";
  return big ? "tooBig" : "tooSmall";
}

/**
 * The error of a `.min()` / `.max()` check that names its limit:
 * `z.string().max(200, limit())` → "tooLong|max=200";
 * `z.string().min(12, limit("passwordTooShort"))` → "passwordTooShort|min=12".
 */
export function limit(key?: string) {
  return {
    error: (issue: SizeIssue) => {
      const params: MessageParams = {};
      if (issue.maximum !== undefined) params.max = Number(issue.maximum);
      if (issue.minimum !== undefined) params.min = Number(issue.minimum);
      return withParams(key ?? defaultKey(issue), params);
    },
  };
}
