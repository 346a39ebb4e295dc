import "server-only";
import { listReferenceItems } from "@/db/queries/reference-data";

/** Industries for the template form, named in the user's language. */
export async function industryOptions(locale: string) {
  const items = await listReferenceItems({ kind: "industry", all: true });
  return items.map((i) => ({ code: i.code, label: locale === "en" ? i.nameEn : i.nameZh }));
}
