import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Namespace } from "@/lib/i18n/config";

/** Namespaces every screen's client components use (buttons, errors, stage names). */
const SHARED: readonly Namespace[] = ["common", "stages"];

/**
 * Hands client components the message namespaces of one part of the app, so a page
 * carries only its own catalogs in its HTML instead of every screen's. A nested
 * provider replaces its parent's messages, hence the shared ones are always added.
 */
export async function ClientMessages({
  namespaces = [],
  children,
}: {
  namespaces?: readonly Namespace[];
  children: ReactNode;
}) {
  const messages = await getMessages();
  const picked = Object.fromEntries(
    [...SHARED, ...namespaces].filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]),
  );
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
