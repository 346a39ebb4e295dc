import { describe, expect, it } from "vitest";
import en from "@/messages/settings/en.json";
import zh from "@/messages/settings/zh-CN.json";
import { JOBS } from "./registry";

/**
 * /admin/jobs shows `jobs.descriptions.<queue name>` under each job. They were keyed in
 * camelCase (taskReminders) while the page asks by queue name (task-reminders), so most
 * jobs showed no description at all.
 */
describe("job descriptions on /admin/jobs", () => {
  it.each(JOBS.map((job) => job.name))("%s has a description in en and zh-CN", (name) => {
    const enText = (en.jobs.descriptions as Record<string, string>)[name];
    const zhText = (zh.jobs.descriptions as Record<string, string>)[name];
    expect(enText).toMatch(/\w{3}/);
    expect(zhText).toMatch(/[\u4e00-\u9fff]/);
  });

  it("describes no job that does not exist", () => {
    const names = new Set(JOBS.map((job) => job.name));
    expect(Object.keys(en.jobs.descriptions).filter((key) => !names.has(key))).toEqual([]);
  });
});
