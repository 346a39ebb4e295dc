import { DEFAULT_SCORECARD_TEMPLATE } from "@/lib/scorecard/default-template";
import { TEST_PASSWORD } from "./fixtures";
import {
  IMPACTS,
  ORDER,
  ORDER_LINE,
  PRODUCT,
  STAKEHOLDER,
  REQUIREMENT_ROW,
  SCOPE_ITEM,
  SECTIONS,
  type FuzzWorld,
} from "./fuzz-world";

/*
 * A valid payload for every server action, pointed at the fuzz world, and who may
 * call it: the fuzz test mutates these. A new action (or actions module) has to be
 * added here, or the fuzz test fails and names it.
 */

export type Caller = "admin" | "director" | "owner" | "anyone";
type Entry = { as: Caller; base: (w: FuzzWorld) => unknown };

const ACTIVITY = {
  type: "reception",
  occurredAt: "2026-03-02T10:00",
  subject: "来访接待",
  content: "参观工厂",
  outcome: "同意试样",
  nextFollowUp: "2026-03-09",
  contactIds: [] as string[],
  participantIds: [] as string[],
};
const account = (w: FuzzWorld) => ({ accountId: w.account.id });
const SERVICE = {
  subject: "涂层起泡",
  product: "水性面漆",
  contactId: "",
  channel: "visit",
  type: "repair",
  description: "第二批货",
  resolution: "",
};
const serviceRequest = (w: FuzzWorld) => ({
  id: w.serviceRequest.id,
  version: w.serviceRequest.version,
});
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
const scorecard = {
  name: "评估",
  criteria: [{ key: "fit", label: "匹配度", weight: 1, scaleMin: 1, scaleMax: 5 }],
  thresholds: { go: 70, hold: 40 },
};
const scheduleTemplate = {
  name: "模板",
  industry: "",
  targetDaysToOrder: 90,
  steps: [{ key: "visit", label: "拜访", durationDays: 10 }],
};
const costLine = {
  currency: "CNY",
  kind: "direct",
  category: "staff",
  description: "技术支持",
  planned: "",
  actual: "300",
  hours: "7.5",
  rate: "200",
  date: "2024-03-05",
  note: "",
};
const fullAnswers = Object.fromEntries(
  DEFAULT_SCORECARD_TEMPLATE.criteria.map((c) => [c.key, { score: c.scaleMax, evidence: "合同" }]),
);
const step = (w: FuzzWorld) => ({ ...account(w), id: w.step.id, version: w.step.version });
const evaluation = (w: FuzzWorld) => ({
  ...account(w),
  evaluationId: w.evaluation.id,
  version: w.evaluation.version,
});

export const FUZZ_PAYLOADS: Record<string, Entry> = {
  // app/actions.ts, app/sign-in/actions.ts
  setLocaleAction: { as: "anyone", base: () => ({ locale: "zh-CN" }) },
  signOutAction: { as: "owner", base: () => ({}) },
  signInAction: {
    as: "anyone",
    base: (w) => ({ email: w.users.owner.email, password: "wrong password", callbackUrl: "/" }),
  },
  // admin
  createUserAction: {
    as: "admin",
    base: () => ({
      name: "新人",
      email: "new@test.example",
      role: "manager",
      password: "x".repeat(12),
    }),
  },
  changeUserRoleAction: {
    as: "admin",
    base: (w) => ({ id: w.users.other.id, version: w.users.other.version, role: "director" }),
  },
  setUserActiveAction: {
    as: "admin",
    base: (w) => ({ id: w.users.other.id, version: w.users.other.version, active: true }),
  },
  resetUserPasswordAction: {
    as: "admin",
    base: (w) => ({ id: w.users.other.id, password: "y".repeat(12) }),
  },
  endUserSessionsAction: { as: "admin", base: (w) => ({ id: w.users.other.id }) },
  changeOwnPasswordAction: {
    as: "owner",
    base: () => ({
      currentPassword: TEST_PASSWORD,
      newPassword: "z".repeat(12),
      confirmPassword: "z".repeat(12),
    }),
  },
  saveWorkingHoursAction: {
    as: "admin",
    base: () => ({ weekdays: [1, 2, 3, 4, 5], dayStart: "09:00", dayEnd: "18:00", version: 0 }),
  },
  saveCalendarDayAction: {
    as: "admin",
    base: () => ({ date: "2026-10-01", kind: "holiday", festival: "nationalDay", note: "国庆" }),
  },
  removeCalendarDayAction: { as: "admin", base: () => ({ date: "2026-10-01" }) },
  unlockSignInAction: {
    as: "admin",
    base: (w) => ({ key: `email:${w.users.owner.email}` }),
  },
  retryJobAction: { as: "admin", base: () => ({ id: "9b2f3c1e-8d4a-4f6b-9c7d-2e5a1b3c4d5e" }) },
  runJobNowAction: { as: "admin", base: () => ({ queue: "housekeeping" }) },
  // notifications: one of the caller's own (an unknown id is "not found"), or all of them
  markNotificationReadAction: {
    as: "owner",
    base: () => ({ id: "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f" }),
  },
  markAllNotificationsReadAction: { as: "anyone", base: () => ({}) },
  // imports: the owner's uploaded file (header 客户名称, 区号), checked
  configureImportAction: {
    as: "owner",
    base: (w) => ({
      id: w.importRecord.id,
      encoding: "gb18030",
      mapping: ["name", "area"],
      rules: { code: "update", email: "skip", phone: "skip", name: "create" },
      ownerId: null,
    }),
  },
  chooseRowAction: {
    as: "owner",
    base: (w) => ({ id: w.importRecord.id, rowNo: 2, choice: "create" }),
  },
  startImportAction: { as: "owner", base: (w) => ({ id: w.importRecord.id }) },
  undoImportAction: { as: "owner", base: (w) => ({ id: w.importRecord.id }) },
  saveMappingAction: {
    as: "owner",
    base: () => ({ name: "客户表", byHeader: { 客户名称: "name", 区号: "area" } }),
  },
  saveStageSettingAction: {
    as: "admin",
    base: () => ({ stage: "scope", expectedDays: "21", version: 0 }),
  },
  saveFilingLimitAction: {
    as: "admin",
    base: () => ({ type: "reception", hours: "72", version: 0 }),
  },
  createReferenceItemAction: {
    as: "admin",
    base: () => ({ kind: "industry", code: "food", nameEn: "Food", nameZh: "食品", sortOrder: 1 }),
  },
  updateReferenceItemAction: {
    as: "admin",
    base: (w) => ({ ...w.reference.source, sortOrder: 2 }),
  },
  setReferenceItemActiveAction: {
    as: "admin",
    base: (w) => ({ id: w.reference.source.id, version: w.reference.source.version, active: true }),
  },
  // templates
  createScheduleTemplateAction: { as: "director", base: () => ({ ...scheduleTemplate }) },
  updateScheduleTemplateAction: {
    as: "director",
    base: (w) => ({ ...scheduleTemplate, id: w.scheduleTemplate.id, version: 1 }),
  },
  setScheduleTemplateActiveAction: {
    as: "director",
    base: (w) => ({ id: w.scheduleTemplate.id, version: 1, active: true }),
  },
  makeDefaultScheduleTemplateAction: {
    as: "director",
    base: (w) => ({ id: w.scheduleTemplate.id, version: 1 }),
  },
  createScorecardTemplateAction: { as: "director", base: () => ({ ...scorecard }) },
  updateScorecardTemplateAction: {
    as: "director",
    base: (w) => ({ ...scorecard, id: w.scorecardTemplate.id, version: 1 }),
  },
  setScorecardTemplateActiveAction: {
    as: "director",
    base: (w) => ({ id: w.scorecardTemplate.id, version: 1, active: true }),
  },
  makeDefaultScorecardTemplateAction: {
    as: "director",
    base: (w) => ({ id: w.scorecardTemplate.id, version: 1 }),
  },
  // accounts
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
  createStakeholderAction: {
    as: "owner",
    base: (w) => ({ ...account(w), fields: STAKEHOLDER }),
  },
  updateStakeholderAction: {
    as: "owner",
    base: (w) => ({
      id: w.stakeholder.id,
      version: w.stakeholder.version,
      fields: STAKEHOLDER,
    }),
  },
  deleteStakeholderAction: {
    as: "owner",
    base: (w) => ({ id: w.stakeholder.id, version: w.stakeholder.version }),
  },
  createActivityAction: {
    as: "owner",
    base: (w) => ({ ...account(w), fields: { ...ACTIVITY, contactIds: [w.stakeholder.id] } }),
  },
  updateActivityAction: {
    as: "owner",
    base: (w) => ({ id: w.activity.id, version: w.activity.version, fields: ACTIVITY }),
  },
  // products and orders
  // Admin first among the roles: its valid payload runs before others' mutations take the code.
  createProductAction: {
    as: "admin",
    base: () => ({ fields: { ...PRODUCT, code: "P-NEW" } }),
  },
  updateProductAction: {
    as: "admin",
    base: (w) => ({ id: w.product.id, version: w.product.version, fields: PRODUCT }),
  },
  createOrderAction: {
    as: "admin",
    base: (w) => ({
      ...account(w),
      fields: { ...ORDER, number: "HT-NEW", lines: [{ ...ORDER_LINE, productId: w.product.id }] },
    }),
  },
  updateOrderAction: {
    as: "owner",
    base: (w) => ({
      id: w.order.id,
      version: w.order.version,
      fields: { ...ORDER, lines: [{ ...ORDER_LINE, productId: w.product.id }] },
    }),
  },
  changeOrderStatusAction: {
    as: "owner",
    base: (w) => ({ id: w.order.id, version: w.order.version, status: "confirmed" }),
  },
  // service requests
  createServiceRequestAction: {
    as: "owner",
    base: (w) => ({
      ...account(w),
      receivedAt: "2026-03-02T10:00",
      priority: "high",
      fields: { ...SERVICE, contactId: w.stakeholder.id },
    }),
  },
  updateServiceRequestAction: {
    as: "owner",
    base: (w) => ({ ...serviceRequest(w), fields: SERVICE }),
  },
  changeServiceStatusAction: {
    as: "owner",
    base: (w) => ({ ...serviceRequest(w), status: "acknowledged", resolution: "" }),
  },
  changeServicePriorityAction: {
    as: "owner",
    base: (w) => ({ ...serviceRequest(w), priority: "urgent" }),
  },
  reassignServiceRequestAction: {
    as: "director",
    base: (w) => ({ ...serviceRequest(w), ownerId: w.users.other.id }),
  },
  acknowledgeEscalationAction: { as: "director", base: (w) => ({ id: w.escalation.id }) },
  saveSlaPolicyAction: {
    as: "director",
    base: () => ({
      type: "repair",
      priority: "high",
      version: 1,
      firstResponseHours: "2",
      resolutionHours: "12",
    }),
  },
  addEscalationStepAction: {
    as: "director",
    base: () => ({
      clock: "resolution",
      thresholdPercent: "150",
      extraHours: "2",
      target: "director",
    }),
  },
  saveEscalationStepAction: {
    as: "admin",
    base: (w) => ({
      id: w.ladderStep.id,
      version: w.ladderStep.version,
      clock: "first_response",
      thresholdPercent: "100",
      extraHours: "0",
      target: "director",
      active: true,
    }),
  },
  // satisfaction surveys
  sendSurveyAction: {
    as: "owner",
    base: (w) => ({ ...account(w), contactId: w.stakeholder.id, locale: "zh-CN" }),
  },
  saveSurveyTemplateAction: {
    as: "director",
    base: () => ({
      basedOn: 1,
      titleZh: "顾客满意度调查表",
      titleEn: "Customer satisfaction survey",
      introZh: "",
      introEn: "",
      csatZh: "您是否满意？",
      csatEn: "How satisfied are you?",
      npsZh: "您是否愿意推荐我们？",
      npsEn: "Would you recommend us?",
      commentZh: "其他意见",
      commentEn: "Anything else?",
      questions: [{ key: "delivery", kind: "scale", zh: "交货", en: "Delivery" }],
    }),
  },
  saveSurveyCampaignAction: {
    as: "director",
    base: () => ({ version: 1, enabled: true, audience: "primary" }),
  },
  completeReturnVisitAction: {
    as: "owner",
    base: (w) => ({
      id: w.returnVisit.id,
      version: w.returnVisit.version,
      fields: { method: "phone", contactId: w.stakeholder.id, satisfaction: "4", notes: "满意" },
    }),
  },
  completeTaskAction: {
    as: "owner",
    base: (w) => ({ id: w.followUp.id, version: w.followUp.version, fields: { notes: "已跟进" } }),
  },
  createFollowUpAction: {
    as: "owner",
    base: (w) => ({
      ...account(w),
      fields: { title: "寄送样品", notes: "", dueDate: "2099-01-05", assigneeId: w.users.owner.id },
    }),
  },
  rescheduleTaskAction: {
    as: "owner",
    base: (w) => ({
      id: w.returnVisit.id,
      version: w.returnVisit.version,
      fields: { dueDate: "2099-01-06", reason: "客户出差" },
    }),
  },
  cancelTaskAction: {
    as: "owner",
    base: (w) => ({
      id: w.followUp.id,
      version: w.followUp.version,
      fields: { reason: "客户已取消" },
    }),
  },
  saveReturnVisitTriggerAction: {
    as: "admin",
    base: () => ({ key: "visit_logged", windowDays: "5", enabled: "true", version: 0 }),
  },
  // workspaces
  saveRequirementDocAction: {
    as: "owner",
    base: (w) => ({
      ...account(w),
      versionId: w.requirementDoc.id,
      version: w.requirementDoc.version,
      baseNumber: w.requirementDoc.number,
      sections: SECTIONS,
      requirements: [{ ...REQUIREMENT_ROW, sourceStakeholderId: w.stakeholder.id }],
    }),
  },
  submitRequirementDocAction: {
    as: "owner",
    base: (w) => ({
      ...account(w),
      versionId: w.requirementDoc.id,
      version: w.requirementDoc.version,
      baseNumber: w.requirementDoc.number,
      sections: SECTIONS,
      requirements: [REQUIREMENT_ROW],
    }),
  },
  decideRequirementDocAction: {
    as: "director",
    base: (w) => ({
      ...account(w),
      versionId: w.requirementDoc.id,
      version: w.requirementDoc.version,
      decision: "returned",
      comment: "补充验收标准",
    }),
  },
  startEvaluationAction: { as: "owner", base: (w) => ({ ...account(w), templateId: "" }) },
  saveEvaluationDraftAction: {
    as: "owner",
    base: (w) => ({ ...evaluation(w), answers: { purchaseIntent: { score: 3, evidence: "" } } }),
  },
  submitEvaluationAction: {
    as: "owner",
    base: (w) => ({
      ...evaluation(w),
      answers: fullAnswers,
    }),
  },
  decideEvaluationAction: {
    as: "director",
    base: (w) => ({ ...evaluation(w), decision: "returned", comment: "证据不足" }),
  },
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
  generateScheduleAction: {
    as: "owner",
    base: (w) => ({ ...account(w), templateId: "", startDate: "2024-04-01", version: 1 }),
  },
  updateStepAction: {
    as: "owner",
    base: (w) => ({
      ...step(w),
      plannedStart: "2024-03-01",
      plannedFinish: "2024-03-20",
      actualStart: "2024-03-02",
      actualFinish: "",
      reflow: true,
    }),
  },
  saveBaselineAction: { as: "owner", base: (w) => ({ ...account(w), name: "基线" }) },
  addStepAction: {
    as: "owner",
    base: (w) => ({ ...account(w), after: w.step.id, label: "验厂", durationDays: 3 }),
  },
  removeStepAction: { as: "owner", base: step },
  saveCostPlanHeaderAction: {
    as: "owner",
    base: (w) => ({ ...account(w), version: w.costPlan.version, currency: "CNY", budget: "50000" }),
  },
  createCostLineAction: { as: "owner", base: (w) => ({ ...account(w), ...costLine }) },
  updateCostLineAction: {
    as: "owner",
    base: (w) => ({ ...account(w), ...costLine, id: w.costLine.id, version: w.costLine.version }),
  },
  deleteCostLineAction: {
    as: "owner",
    base: (w) => ({ ...account(w), id: w.costLine.id, version: w.costLine.version }),
  },
  submitCostPlanAction: {
    as: "owner",
    base: (w) => ({ ...account(w), version: w.costPlan.version }),
  },
  reviewCostPlanAction: {
    as: "director",
    base: (w) => ({
      ...account(w),
      version: w.costPlan.version,
      decision: "returned",
      comment: "超预算",
    }),
  },
};
