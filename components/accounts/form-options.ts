import "server-only";
import { getLocale } from "next-intl/server";
import { listReferenceItems } from "@/db/queries/reference-data";
import { listAccountOwners } from "@/db/queries/users";
import type { ReferenceItem } from "@/db/schema";
import type { AccountFormOptions } from "./account-form-fields";

/**
 * Select options for the account form in the user's language. `keepIds` keeps items the
 * account already uses even if an admin has since deactivated them.
 */
export async function accountFormOptions({
  withOwners,
  keepIds = [],
}: {
  withOwners: boolean;
  keepIds?: (number | null)[];
}): Promise<AccountFormOptions> {
  const [items, locale, owners] = await Promise.all([
    listReferenceItems({ all: true }),
    getLocale(),
    withOwners ? listAccountOwners() : Promise.resolve(undefined),
  ]);
  const name = (item: ReferenceItem) => (locale === "en" ? item.nameEn : item.nameZh);
  const of = (kind: ReferenceItem["kind"]) =>
    items
      .filter((item) => item.kind === kind && (item.active || keepIds.includes(item.id)))
      .map((item) => ({
        id: item.id,
        label: kind === "area" ? `${name(item)} (${item.code})` : name(item),
      }));
  return { industries: of("industry"), sources: of("source"), areas: of("area"), owners };
}
