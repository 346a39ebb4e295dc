import { nameKey } from "./name-key";

/** The duplicate rules, strongest first: a row matches by the first that finds an account. */
export const DUPLICATE_RULES = ["code", "email", "phone", "name"] as const;
export type DuplicateRule = (typeof DUPLICATE_RULES)[number];
export type DuplicateChoice = "skip" | "update" | "create";
/** What to do with a row that matches an existing customer, per rule. */
export type DuplicateRules = Record<DuplicateRule, DuplicateChoice>;

export const DEFAULT_RULES: DuplicateRules = {
  code: "update",
  email: "skip",
  phone: "skip",
  name: "skip",
};

/** A customer as duplicates are found by. */
export type ExistingAccount = {
  id: string;
  code: string;
  phone: string;
  email: string;
  name: string;
};

/** A phone number's digits (spaces, dashes and brackets are how it was written, not what it is). */
export const phoneKey = (phone: string) => phone.replace(/\D+/g, "");
export const emailKey = (email: string) => email.trim().toLowerCase();
export const codeKey = (code: string) => code.trim().toLowerCase();

/** Each rule's key of a cell's text (what two cells are the same by). */
export const KEYS: Record<DuplicateRule, (v: string) => string> = {
  code: codeKey,
  email: emailKey,
  phone: phoneKey,
  name: nameKey,
};

/** The fields of a row that find duplicates (cell texts; empty ones match nothing). */
export type MatchFields = Record<DuplicateRule, string>;

/** The non-empty keys of a customer's or row's fields, by rule. */
export const keysOf = (fields: MatchFields) =>
  DUPLICATE_RULES.map((rule) => [rule, KEYS[rule](fields[rule])] as const).filter(([, k]) => k);

/**
 * Customers indexed by each rule's key, and the rows of the file seen so far, so a
 * second row for the same customer in one file is found too. The dry run fills one
 * per batch with what the database holds for the batch's keys (lib/import/match-keys.ts).
 */
export class DuplicateIndex {
  private readonly maps = new Map<DuplicateRule, Map<string, string>>(
    DUPLICATE_RULES.map((r) => [r, new Map()]),
  );

  /** Adds a customer (first one wins a key); `previousCodes` still find it by code. */
  add(account: ExistingAccount, previousCodes: readonly string[] = []) {
    for (const rule of DUPLICATE_RULES) this.put(rule, account[rule], account.id);
    for (const code of previousCodes) this.put("code", code, account.id);
  }

  private put(rule: DuplicateRule, value: string, id: string) {
    this.putKey(rule, KEYS[rule](value), id);
  }

  /** Adds a key already made by the rule's `KEYS` function (first one wins it). */
  putKey(rule: DuplicateRule, key: string, id: string) {
    const map = this.maps.get(rule)!;
    if (key && !map.has(key)) map.set(key, id);
  }

  /** The first rule (code, e-mail, phone, name) by which `fields` match a customer. */
  match(fields: MatchFields): { rule: DuplicateRule; id: string } | null {
    for (const rule of DUPLICATE_RULES) {
      const key = KEYS[rule](fields[rule]);
      const id = key ? this.maps.get(rule)!.get(key) : undefined;
      if (id) return { rule, id };
    }
    return null;
  }
}

/** What a row does: its own choice if the user made one, else its rule's; no match → create. */
export function decide(
  rule: DuplicateRule | null,
  rules: DuplicateRules,
  choice: DuplicateChoice | null,
): DuplicateChoice {
  if (!rule) return "create";
  return choice ?? rules[rule];
}
