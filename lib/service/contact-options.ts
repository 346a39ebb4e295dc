export type ContactOption = { id: string; name: string };

/**
 * The contacts a request's form offers: the account's customer-side contacts the
 * caller can read, plus the request's current contact (read through the request
 * itself) when the caller cannot see the account's list — a manager a request was
 * handed to is not on the account's team, and saving must not erase the contact.
 */
export function serviceContactOptions(
  stakeholders: readonly { id: string; name: string; side: string }[],
  current: { id: string | null; name: string | null },
): ContactOption[] {
  const options = stakeholders
    .filter((s) => s.side === "customer")
    .map((s) => ({ id: s.id, name: s.name }));
  if (current.id && !options.some((o) => o.id === current.id))
    options.unshift({ id: current.id, name: current.name ?? "" });
  return options;
}
