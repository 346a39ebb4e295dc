/**
 * Every kind of audit row the app writes: entity → actions. `writeAudit` only
 * accepts these pairs, and each has a sentence in both languages under
 * `account.history.audit.<entity>.<action>` (checked by `describe.test.ts`).
 */
export const AUDIT_KINDS = {
  account: ["create", "update", "archive", "restore", "assign", "editCode", "move"],
  stakeholder: ["create", "update", "delete"],
  activity: ["create", "update"],
  activityFilingLimit: ["update"],
  serviceRequest: ["create", "update", "changeStatus", "changePriority", "reassign"],
  escalation: ["acknowledge"],
  slaPolicy: ["update"],
  escalationStep: ["create", "update"],
  abcSettings: ["update", "recompute"],
  relationshipReport: ["save", "finalize"],
  churnCase: ["flag", "churn", "winBack", "recover", "lose"],
  surveyInvitation: ["send"],
  surveyTemplate: ["newVersion"],
  surveyCampaign: ["update"],
  task: ["create", "complete", "reschedule", "cancel", "reassign"],
  returnVisitTrigger: ["update"],
  evaluation: ["create", "reevaluate", "saveDraft", "submit", "approve", "return"],
  requirementDoc: ["createVersion", "update", "submit", "approve", "return"],
  scopeItem: ["create", "update", "delete"],
  scopeChangeRequest: ["create", "approve", "reject"],
  schedule: ["create", "replan"],
  scheduleStep: ["create", "update", "delete"],
  scheduleBaseline: ["create"],
  costPlan: ["update", "submit", "approve", "return"],
  costLine: ["create", "update", "delete"],
  user: [
    "create",
    "changeRole",
    "reactivate",
    "deactivate",
    "signOut",
    "changePassword",
    "resetPassword",
    "endSessions",
  ],
  signInLock: ["lock", "unlock"],
  stageSetting: ["update"],
  referenceItem: ["create", "update", "reactivate", "deactivate"],
  scheduleTemplate: ["create", "update", "activate", "deactivate", "makeDefault"],
  scorecardTemplate: ["create", "newVersion", "activate", "deactivate", "makeDefault"],
  workingHours: ["update"],
  calendarDay: ["create", "update", "delete"],
  job: ["retry", "run"],
  notification: ["markRead"],
  import: ["upload", "check", "choose", "start", "run", "undo"],
  importMapping: ["save"],
  product: ["create", "update"],
  order: ["create", "update", "changeStatus"],
} as const;

export type AuditEntity = keyof typeof AUDIT_KINDS;

/** One `{ entity, action }` pair the app may record. */
export type AuditKind = {
  [E in AuditEntity]: { entity: E; action: (typeof AUDIT_KINDS)[E][number] };
}[AuditEntity];

export function isAuditKind(entity: string, action: string): boolean {
  const actions = (AUDIT_KINDS as Record<string, readonly string[]>)[entity];
  return actions?.includes(action) ?? false;
}
