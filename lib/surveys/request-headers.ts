import "server-only";
import { headers } from "next/headers";

/** The request's headers in an action, or undefined outside a request (a test, a script). */
export async function requestHeaders(): Promise<Headers | undefined> {
  try {
    return await headers();
  } catch {
    return undefined;
  }
}
