import "server-only";
import { db, type Tx } from "@/db";
import { referenceItems } from "@/db/schema";
import type { ReferenceLookup } from "./rows";

const norm = (s: string) => s.normalize("NFKC").trim().toLowerCase();

/** Industries, sources and areas by code and by both names, for reading a row's cells. */
export async function loadReferenceLookup(client: Tx | typeof db = db): Promise<ReferenceLookup> {
  const items = await client.select().from(referenceItems);
  const lookup: ReferenceLookup = { industry: new Map(), source: new Map(), area: new Map() };
  // Active items first, so a retired item's name never hides a current one.
  items.sort((a, b) => Number(b.active) - Number(a.active));
  for (const item of items) {
    for (const key of [item.code, item.nameZh, item.nameEn]) {
      if (key && !lookup[item.kind].has(norm(key))) lookup[item.kind].set(norm(key), item.id);
    }
  }
  return lookup;
}
