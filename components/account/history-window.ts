/** How many audit entries (edits) one page of an account's history shows. */
export const HISTORY_PAGE = 100;

/**
 * One page of an account's history, newest first. Edits come from the audit log a page
 * at a time (keyset on the entry id); stage moves are all loaded for the stepper, so
 * each page shows the moves of the same span of time as its edits:
 * - `fetched` is up to HISTORY_PAGE + 1 entries older than the previous page's last
 *   one (`before`), newest first; the extra one only says an older page exists;
 * - `newerThan` is when the previous page's last entry happened (none on the first
 *   page): moves from then on were on the pages before.
 */
export function historyWindow<E extends { id: number; at: Date }, M extends { at: Date }>({
  fetched,
  moves,
  newerThan,
}: {
  fetched: readonly E[];
  moves: readonly M[];
  newerThan?: Date;
}): {
  edits: E[];
  moves: M[];
  /** Whether something that happened at `at` belongs on this page. */
  within: (at: Date) => boolean;
  olderBefore: number | null;
} {
  const hasOlder = fetched.length > HISTORY_PAGE;
  const edits = fetched.slice(0, HISTORY_PAGE);
  // With an older page, this one reaches back to its oldest edit; the rest is older.
  const oldest = hasOlder ? edits.at(-1)?.at : undefined;
  const within = (at: Date) => (!newerThan || at < newerThan) && (!oldest || at >= oldest);
  return {
    edits,
    moves: moves.filter((m) => within(m.at)),
    within,
    olderBefore: hasOlder ? (edits.at(-1)?.id ?? null) : null,
  };
}
