import type { FuzzWorld } from "../fuzz-world";
import { account, type Entries } from "./shared";

const accountFields = (w: FuzzWorld) => ({
  name: "华东涂料",
  countryRegion: "中国",
  province: "江苏",
  city: "南京",
  postalCode: "210000",
  address: "",
  phone: "025-1234567",
  fax: "",
  email: "",
  homepage: "",
  annualRevenue: "1000000",
  employeeCount: "120",
  industryId: w.reference.industry.id,
  sourceId: w.reference.source.id,
  areaId: w.reference.area.id,
  type: "buyer",
  status: "active",
  grade: "normal",
});

/** app/(app)/accounts/{actions,stage-actions,abc/actions,[id]/churn-actions}.ts */
export const accountsPayloads: Entries = {
  createAccountAction: { as: "owner", base: (w) => ({ ...accountFields(w), ownerId: "" }) },
  updateAccountAction: {
    as: "owner",
    base: (w) => ({ ...accountFields(w), id: w.account.id, version: w.account.version }),
  },
  setArchivedAction: {
    as: "owner",
    base: (w) => ({ id: w.account.id, version: w.account.version, archived: false }),
  },
  assignOwnerAction: {
    as: "director",
    base: (w) => ({
      id: w.account.id,
      version: w.account.version,
      ownerId: w.users.owner.id,
      teamMemberIds: [w.users.other.id],
    }),
  },
  editCodeAction: {
    as: "director",
    base: (w) => ({ id: w.account.id, version: w.account.version, code: "i0101999" }),
  },
  moveStageAction: {
    as: "owner",
    base: (w) => ({ id: w.account.id, from: "scope", to: "requirements", reason: "补充需求" }),
  },
  updateAbcSettingsAction: {
    as: "director",
    base: () => ({ version: 0, fields: { aShare: "80", bShare: "15", basis: "revenue" } }),
  },
  recomputeAbcAction: { as: "director", base: () => ({}) },
  flagAtRiskAction: {
    as: "owner",
    base: (w) => ({
      ...account(w),
      fields: {
        churnType: "price_seeker",
        lostYearlyRevenue: "120,000.00",
        evidence: "连续两个月未下单，客户询问竞品报价",
      },
    }),
  },
  churnStepAction: {
    as: "owner",
    base: (w) => ({
      id: w.churnCase.id,
      version: w.churnCase.version,
      to: "recovered",
      fields: { note: "客户续签年度协议" },
    }),
  },
};
