import "server-only";
import { db, type Tx } from "@/db";
import { accountPreviousCodes, accounts, referenceItems } from "@/db/schema";
import { DuplicateIndex } from "./duplicates";
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

/**
 * Every customer by code (old codes too), e-mail, phone and name key. Duplicates are
 * found among all customers, whoever owns them; what may be done with one is the
 * policy's (a manager updates only their own).
 */
export async function loadDuplicateIndex(client: Tx | typeof db = db): Promise<DuplicateIndex> {
  const index = new DuplicateIndex();
  const rows = await client
    .select({
      id: accounts.id,
      code: accounts.code,
      phone: accounts.phone,
      email: accounts.email,
      name: accounts.name,
    })
    .from(accounts);
  for (const row of rows) index.add(row);
  const previous = await client
    .select({ id: accountPreviousCodes.accountId, code: accountPreviousCodes.code })
    .from(accountPreviousCodes);
  for (const row of previous) index.add({ ...row, phone: "", email: "", name: "" });
  return index;
}
