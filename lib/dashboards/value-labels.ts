import "server-only";
import { getTranslations } from "next-intl/server";
import { getLabels } from "./labels";
import type { ValueLabels } from "./value-tables";

/** The value views' wording in the request's language, for tables and CSV. */
export async function getValueLabels(): Promise<ValueLabels> {
  const [labels, accounts, service] = await Promise.all([
    getLabels(),
    getTranslations("accounts"),
    getTranslations("service"),
  ]);
  const text = (t: typeof accounts | typeof service, key: string) =>
    t.has(key) ? t(key as Parameters<typeof t>[0]) : key.split(".").at(-1)!;
  return {
    ...labels,
    accountType: (type) => text(accounts, `type.${type}`),
    serviceType: (type) => text(service, `type.${type}`),
    channel: (channel) => text(service, `channel.${channel}`),
  };
}
