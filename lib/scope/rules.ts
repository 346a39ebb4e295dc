import { PIPELINE_STAGES, type Stage } from "@/lib/stages/stages";

/** Message namespace of everything in this folder (`messages/scope/*.json`). */
export const SCOPE_NAMESPACE = "scope";

export const SCOPE_ITEM_TYPES = ["product", "service"] as const;
export type ScopeItemType = (typeof SCOPE_ITEM_TYPES)[number];
export const PRODUCT_KINDS = ["standard", "custom"] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];
export const SERVICE_KINDS = ["technical", "pre_sale", "in_sale", "after_sale"] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];
export const CHANGE_REQUEST_STATUSES = ["open", "approved", "rejected"] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

export type ScopeItem = {
  type: ScopeItemType;
  productKind?: ProductKind | null;
  serviceKind?: ServiceKind | null;
  name: string;
  inScope: boolean;
  /** Agreement or contract number; required for an in-scope custom product. */
  agreementRef?: string | null;
  note: string;
};

export type ChangeRequest = {
  change: string;
  reason: string;
  costImpact: string;
  scheduleImpact: string;
  riskImpact: string;
  status: ChangeRequestStatus;
};

/** Message keys, relative to the `scope` namespace. */
export const SCOPE_ITEM_TYPE_LABEL_KEYS: Readonly<Record<ScopeItemType, string>> = {
  product: "type.product",
  service: "type.service",
};
export const PRODUCT_KIND_LABEL_KEYS: Readonly<Record<ProductKind, string>> = {
  standard: "productKind.standard",
  custom: "productKind.custom",
};
export const SERVICE_KIND_LABEL_KEYS: Readonly<Record<ServiceKind, string>> = {
  technical: "serviceKind.technical",
  pre_sale: "serviceKind.pre_sale",
  in_sale: "serviceKind.in_sale",
  after_sale: "serviceKind.after_sale",
};
export const CHANGE_REQUEST_STATUS_LABEL_KEYS: Readonly<Record<ChangeRequestStatus, string>> = {
  open: "changeStatus.open",
  approved: "changeStatus.approved",
  rejected: "changeStatus.rejected",
};
export const IN_SCOPE_LABEL_KEYS = { true: "inScope.in", false: "inScope.out" } as const;

/**
 * A custom product is made for this customer alone, so it is only promised on
 * the strength of an agreement (seed 002). Out-of-scope items promise nothing
 * and need none.
 */
export function needsAgreement(
  item: Pick<ScopeItem, "type" | "productKind" | "inScope" | "agreementRef">,
): boolean {
  return (
    item.inScope &&
    item.type === "product" &&
    item.productKind === "custom" &&
    !item.agreementRef?.trim()
  );
}

/** What the scope gate checks (see `GateFacts["scope"]` in lib/stages/gates.ts). */
export function scopeGateFacts(
  items: readonly Pick<ScopeItem, "type" | "productKind" | "inScope" | "agreementRef">[],
  changeRequests: readonly Pick<ChangeRequest, "status">[],
): { inScopeCount: number; customProductsMissingAgreement: number; openChangeRequests: number } {
  return {
    inScopeCount: items.filter((i) => i.inScope).length,
    customProductsMissingAgreement: items.filter(needsAgreement).length,
    openChangeRequests: changeRequests.filter((c) => c.status === "open").length,
  };
}

/**
 * The form of an item's name two items may not share: width-folded (NFKC, so "Ａ"
 * and "A" match), case-folded and with runs of spaces made one.
 */
export function scopeNameKey(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/gu, " ").toLowerCase();
}

/** Whether `name` repeats one of `items` (leaving out the item being edited). */
export function duplicatesName(
  items: readonly { id: string; name: string }[],
  name: string,
  exceptId: string | null = null,
): boolean {
  const key = scopeNameKey(name);
  return items.some((item) => item.id !== exceptId && scopeNameKey(item.name) === key);
}

/** Past the scope stage the agreed scope only changes through approved change requests. */
export function scopeLocked(stage: Stage): boolean {
  if (stage === "churned") return true;
  if (stage === "dropped") return false;
  return PIPELINE_STAGES.indexOf(stage) > PIPELINE_STAGES.indexOf("scope");
}
