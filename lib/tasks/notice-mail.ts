import type { Mail } from "@/lib/mail/send";
import type { TaskKind } from "./types";

/** The task notices the jobs send (notification kinds of the same names). */
export type TaskNotice = "taskReminder" | "taskOverdue";

export type DigestLine = { taskKind: TaskKind; account: string; due: string };
/** One assignee's notices of one sweep: the first `lines` of `count` in all. */
export type Digest = { email: string; count: number; lines: DigestLine[] };

const KIND = {
  zh: { return_visit: "回访", follow_up: "跟进" },
  en: { return_visit: "Return visit", follow_up: "Follow-up" },
} as const;

const SUBJECT: Record<TaskNotice, (n: number) => string> = {
  taskReminder: (n) =>
    `PCRM：${n} 项回访/跟进即将到期 · ${n} return visit(s) or follow-up(s) due soon`,
  taskOverdue: (n) => `PCRM：${n} 项回访/跟进已逾期 · ${n} return visit(s) or follow-up(s) overdue`,
};

const INTRO: Record<TaskNotice, { zh: string; en: string }> = {
  taskReminder: {
    zh: "以下回访和跟进即将到期，请按时完成：",
    en: "These return visits and follow-ups are due soon:",
  },
  taskOverdue: {
    zh: "以下回访和跟进已过到期日，请尽快完成或改期：",
    en: "These return visits and follow-ups are past their due date:",
  },
};

/**
 * The mail of one sweep to one assignee, in Chinese and English (users have no
 * language of their own yet): one line per task with its due day, and how many more
 * the agenda on the home page shows.
 */
export function taskDigestMail(kind: TaskNotice, digest: Digest): Mail {
  const more = digest.count - digest.lines.length;
  const lines = (lang: "zh" | "en") =>
    digest.lines.map((l) => `- ${KIND[lang][l.taskKind]} · ${l.account} · ${l.due}`);
  const text = [
    INTRO[kind].zh,
    ...lines("zh"),
    ...(more > 0 ? [`……另有 ${more} 项，见首页“我的日程”。`] : []),
    "",
    INTRO[kind].en,
    ...lines("en"),
    ...(more > 0 ? [`… and ${more} more on the home page's agenda.`] : []),
  ].join("\n");
  return { to: digest.email, subject: SUBJECT[kind](digest.count), text };
}
