import { isAuditKind } from "./kinds";

/**
 * How one audit row reads in the history: a message key under
 * `account.history.audit` with its parameters. Values that depend on the language
 * (amounts, dates, step and template names) come from `words`; codes such as a
 * status or a recommendation go in as they are and the message picks the word.
 */
export type AuditRow = { entity: string; action: string; before: unknown; after: unknown };
export type AuditLine = { key: string; params: Record<string, string | number> };
export type AuditWords = {
  /** An amount in minor units (cents, fen), with its currency when the row knows it. */
  money: (minor: number | null, currency?: string) => string;
  /** A calendar date (YYYY-MM-DD) or "—". */
  date: (iso: string | null) => string;
  stepLabel: (key: string, label: string) => string;
  templateName: (name: string) => string;
  /** A stage's name. */
  stage: (code: string) => string;
  /** Shown where a value is missing. */
  none: string;
};

type Obj = Record<string, unknown>;
const obj = (value: unknown): Obj =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Obj) : {};
const text = (value: unknown, none: string) =>
  value === null || value === undefined || value === "" ? none : String(value);
const num = (value: unknown) => (typeof value === "number" ? value : Number(value) || 0);
const yes = (value: unknown) => (value ? "yes" : "no");
const SHORT = 120;
/** Long free text (a change request, a comment) is cut to one line of the timeline. */
const short = (value: unknown, none: string) => {
  const s = text(value, none).replace(/\s+/gu, " ");
  return s.length > SHORT ? `${s.slice(0, SHORT - 1)}…` : s;
};
const minor = (value: unknown) => (typeof value === "number" ? value : null);

function params(row: AuditRow, w: AuditWords): Record<string, string | number> {
  const before = obj(row.before);
  const after = obj(row.after);
  const none = w.none;
  switch (row.entity) {
    case "account":
      if (row.action === "move") {
        return { before: w.stage(text(before.stage, "")), after: w.stage(text(after.stage, "")) };
      }
      return {
        code: text(after.code, none),
        before: text(before.code, none),
        after: text(after.code, none),
      };
    case "stakeholder":
      return { name: text(after.name ?? before.name, none) };
    case "activity":
      return {
        type: text(after.type ?? before.type, "note"),
        subject: short(after.subject ?? before.subject, none),
        delay: Math.round(num(after.filingDelayMinutes) / 6) / 10,
      };
    case "activityFilingLimit":
      return {
        type: text(after.type ?? before.type, "note"),
        before: text(before.hours, none),
        after: text(after.hours, none),
      };
    case "task":
      return {
        kind: text(after.kind ?? before.kind, "follow_up"),
        trigger: text(after.triggerKey ?? before.triggerKey, "none"),
        title: short(after.title ?? before.title, none),
        due: w.date((after.dueDate as string) ?? null),
        previousDue: w.date((before.dueDate as string) ?? null),
        method: text(after.method, "none"),
        satisfaction: num(after.satisfaction),
        reason: short(after.reason, none),
        assignee: text(after.assignee, none),
        previousAssignee: text(before.assignee, none),
      };
    case "returnVisitTrigger":
      return {
        trigger: text(after.key ?? before.key, "none"),
        before: text(before.windowDays, none),
        after: text(after.windowDays, none),
        enabled: yes(after.enabled),
      };
    case "serviceRequest":
      return {
        subject: short(after.subject ?? before.subject, none),
        type: text(after.type ?? before.type, "enquiry"),
        status: text(after.status, "new"),
        previousStatus: text(before.status, "new"),
        priority: text(after.priority, "normal"),
        previousPriority: text(before.priority, "normal"),
        owner: text(after.owner, none),
        previousOwner: text(before.owner, none),
      };
    case "abcSettings":
      return {
        a: num(after.aShareBp) / 100,
        b: num(after.bShareBp) / 100,
        basis: text(after.basis, "revenue"),
        changed: num(after.changed),
      };
    case "relationshipReport":
      return { quarter: text(after.quarter, none), comments: short(after.comments, none) };
    case "churnCase":
      return {
        type: text(after.churnType ?? before.churnType, "none"),
        lost: w.money(minor(after.lostYearlyRevenueMinor), after.currency as string | undefined),
        note: short(after.note || after.evidence, none),
      };
    case "escalation":
      return {
        subject: short(after.subject, none),
        target: text(after.target, "owner"),
      };
    case "slaPolicy":
      return {
        type: text(after.type ?? before.type, "enquiry"),
        priority: text(after.priority ?? before.priority, "normal"),
        firstResponse: text(after.firstResponseHours, none),
        resolution: text(after.resolutionHours, none),
      };
    case "escalationStep":
      return {
        clock: text(after.clock, "resolution"),
        percent: num(after.thresholdPercent),
        extra: num(after.extraHours),
        target: text(after.target, "owner"),
        active: yes(after.active),
      };
    case "product":
      return {
        code: text(after.code ?? before.code, none),
        name: short(after.name ?? before.name, none),
        price: w.money(minor(after.listPriceMinor), text(after.currency, "CNY")),
        active: yes(after.active),
      };
    case "order":
      return {
        number: text(after.number ?? before.number, none),
        status: text(after.status, "draft"),
        previousStatus: text(before.status, "draft"),
        total: w.money(minor(after.totalMinor), text(after.currency, "CNY")),
        lines: num(after.lineCount),
      };
    case "surveyInvitation":
      return { contact: short(after.contact, none), locale: text(after.locale, "zh-CN") };
    case "surveyTemplate":
      return { version: text(after.version, none), questions: num(after.questions) };
    case "surveyCampaign":
      return { enabled: yes(after.enabled), audience: text(after.audience, "primary") };
    case "import":
    case "importMapping":
      return {
        file: short(after.fileName ?? after.name ?? before.fileName, none),
        rows: num(after.rows),
        created: num(after.created),
        updated: num(after.updated),
        skipped: num(after.skipped),
        errors: num(after.errors),
      };
    case "evaluation":
      return {
        version: text(after.templateVersion, none),
        total: text(after.total, none),
        recommendation: text(after.recommendation, "none"),
        comment: short(after.comment, none),
      };
    case "requirementDoc":
      return {
        number: text(after.number ?? before.number, none),
        requirements: num(after.requirements),
        comment: short(after.comment, none),
      };
    case "scopeItem": {
      const item = Object.keys(after).length ? after : before;
      return {
        name: text(item.name, none),
        previous: text(before.name, none),
        renamed: yes(row.action === "update" && before.name !== after.name),
        inScope: yes(item.inScope),
      };
    }
    case "scopeChangeRequest": {
      const proposal = obj(after.proposal);
      const item = obj(proposal.item ?? proposal.before);
      return {
        change: short(after.change, none),
        op: text(proposal.op, "none"),
        item: text(item.name, none),
        comment: short(after.comment, none),
      };
    }
    case "schedule":
      return {
        template: w.templateName(text(after.templateName, none)),
        start: w.date((after.startDate as string) ?? null),
        previousStart: w.date((before.startDate as string) ?? null),
        steps: num(after.steps),
      };
    case "scheduleStep": {
      const step = row.action === "delete" ? before : after;
      const dates = (side: Obj) =>
        `${w.date((side.plannedStart as string) ?? null)} – ${w.date((side.plannedFinish as string) ?? null)}`;
      const actual = (side: Obj) =>
        `${w.date((side.actualStart as string) ?? null)} – ${w.date((side.actualFinish as string) ?? null)}`;
      return {
        step: w.stepLabel(text(step.key ?? before.key, ""), text(step.label ?? before.label, "")),
        position: num(step.position) + 1,
        planned: dates(step),
        previousPlanned: dates(before),
        actual: actual(after),
        previousActual: actual(before),
        moved: num(after.movedLaterSteps),
      };
    }
    case "scheduleBaseline":
      return {
        number: text(after.number, none),
        name: text(after.name, none),
        steps: num(after.steps),
      };
    case "costPlan":
      return {
        before: w.money(minor(before.budgetMinor), before.currency as string | undefined),
        after: w.money(minor(after.budgetMinor), after.currency as string | undefined),
        reopened: yes(after.reopened),
        comment: short(after.comment, none),
      };
    case "costLine": {
      const line = row.action === "delete" ? before : after;
      return {
        description: short(line.description, none),
        planned: w.money(minor(line.plannedMinor)),
        previousPlanned: w.money(minor(before.plannedMinor)),
        actual: w.money(minor(line.actualMinor)),
        previousActual: w.money(minor(before.actualMinor)),
        reopened: yes(after.reopened),
      };
    }
    case "user":
      return {
        name: text(after.name, none),
        role: text(after.role, "none"),
        previousRole: text(before.role, "none"),
      };
    case "stageSetting":
      return {
        before: text(before.expectedDays, none),
        after: text(after.expectedDays, none),
      };
    case "calendarDay":
      return { kind: text((row.action === "delete" ? before : after).kind, "none") };
    default:
      return {
        name: text(after.name ?? after.nameEn ?? before.name, none),
        number: text(after.number, none),
      };
  }
}

/** The history line of an audit row; an unknown kind (an old row) reads as a generic change. */
export function describeAudit(row: AuditRow, words: AuditWords): AuditLine {
  if (!isAuditKind(row.entity, row.action)) return { key: "other", params: {} };
  return { key: `audit.${row.entity}.${row.action}`, params: params(row, words) };
}
