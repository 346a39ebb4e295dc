import type { StakeholderFields } from "@/lib/validations/stakeholder";
import { REQUIREMENT_SECTIONS } from "@/lib/requirements/model";

/* Field sets the fuzz world makes its records from, shared with the fuzz payloads. */

export const SCOPE_ITEM = {
  type: "product",
  productKind: "standard",
  serviceKind: "",
  name: "水性面漆",
  inScope: true,
  agreementRef: "",
  note: "",
} as const;
export const IMPACTS = {
  change: "改为定制",
  reason: "客户要求",
  costImpact: "无",
  scheduleImpact: "无",
  riskImpact: "低",
};
export const STAKEHOLDER = {
  side: "customer",
  name: "李工",
  salutation: "",
  department: "技术部",
  title: "工程师",
  decisionRole: "influencer",
  influence: 3,
  attitude: "neutral",
  mobile: "13800000000",
  officePhone: "",
  homePhone: "",
  fax: "",
  email: "li@example.com",
  countryRegion: "中国",
  province: "江苏",
  city: "南京",
  postalCode: "210000",
  address: "",
  isPrimary: false,
  hobbies: "",
  specialDates: [{ label: "生日", date: "1980-05-01" }],
} satisfies StakeholderFields;
export const ORDER = {
  number: "HT-FUZZ-001",
  orderDate: "2026-03-02",
  contactId: "",
  currency: "CNY" as const,
  notes: "",
};
export const ORDER_LINE = { unitPrice: "120.50", quantity: "3", discount: "10" };
export const PRODUCT = {
  code: "P-FUZZ",
  name: "水性面漆",
  unit: "桶",
  currency: "CNY" as const,
  listPrice: "120.50",
  cost: "80",
  active: true,
};
export const SECTIONS = Object.fromEntries(REQUIREMENT_SECTIONS.map((s) => [s, "说明"]));
export const REQUIREMENT_ROW = {
  id: "R1",
  kind: "functional",
  title: "耐候性",
  priority: "must",
  acceptanceCriteria: "1000 小时",
  sourceStakeholderId: null,
  status: "proposed",
};
