import type { Grade } from "@/db/schema/accounts";
import type { AbcClass } from "@/lib/value/abc";
import type { Stage } from "@/lib/stages/stages";

/** One account on the board, as the server hands it to the client. */
export type BoardCard = {
  id: string;
  name: string;
  code: string;
  grade: Grade;
  /** The value class; null until the first recompute classifies the account. */
  abcClass: AbcClass | null;
  ownerName: string | null;
  stage: Stage;
  /** Whole days in the current stage, computed on the server so SSR and client agree. */
  days: number;
  overdue: boolean;
  /** The stored forecast's P50 date of reaching execution (YYYY-MM-DD), null without one. */
  p50: string | null;
};

export type BoardColumn = {
  stage: Stage;
  count: number;
  overdue: number;
  expectedDays: number | null;
  /** Link to the account list of this stage with the board's filters. */
  listHref: string;
};
