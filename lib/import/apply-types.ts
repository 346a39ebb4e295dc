import type { Import, ImportRow } from "@/db/schema";
import type { Actor } from "@/lib/policy";
import type { AccountInput, ContactInput, ReferenceLookup } from "./rows";

/** What became of one row, written back to `import_rows` with the batch. */
export type Outcome = {
  row_no: number;
  state: "applied" | "skipped" | "error";
  action: "created" | "updated" | "skipped" | null;
  account_id: string | null;
  stakeholder_id: string | null;
  previous: Record<string, unknown> | null;
};

/** What a run knows about its import while it applies the batches. */
export type Context = {
  record: Import;
  actor: Actor;
  lookup: ReferenceLookup;
  areaCodes: Map<number, string>;
  /** The run's clock (the job's `now`): creation times and the finish. */
  now: Date;
};

/** A row to apply, with its account and contact as the forms' schemas read them. */
export type RowToApply = { row: ImportRow; account: AccountInput; contact: ContactInput | null };
