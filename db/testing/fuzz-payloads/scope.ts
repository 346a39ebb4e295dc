import { IMPACTS, SCOPE_ITEM } from "../fuzz-world";
import { account, type Entries } from "./shared";

/** app/(app)/accounts/[id]/scope/actions.ts */
export const scopePayloads: Entries = {
  createScopeItemAction: {
    as: "owner",
    base: (w) => ({ ...account(w), ...SCOPE_ITEM, name: "底漆" }),
  },
  updateScopeItemAction: {
    as: "owner",
    base: (w) => ({
      ...account(w),
      ...SCOPE_ITEM,
      id: w.scopeItem.id,
      version: w.scopeItem.version,
    }),
  },
  deleteScopeItemAction: {
    as: "owner",
    base: (w) => ({ ...account(w), id: w.scopeItem.id, version: w.scopeItem.version }),
  },
  createChangeRequestAction: {
    as: "owner",
    base: (w) => ({ ...SCOPE_ITEM, ...IMPACTS, accountId: w.late.id, op: "add", itemId: "" }),
  },
  decideChangeRequestAction: {
    as: "director",
    base: (w) => ({
      accountId: w.late.id,
      id: w.request.id,
      version: w.request.version,
      decision: "rejected",
      comment: "不需要",
    }),
  },
};
