import { describe, expect, test } from "vitest";
import { campaignTargets, type CampaignContact } from "./campaign";
import { contactLocale } from "./locale";
import { outsideQuietPeriod, quarterOf } from "./quarter";
import { EXPIRY_DAYS, expiresAtFor, isAnswerable, reminderDue } from "./reminders";
import { averageCsat, isDetractorAnswer, netPromoterScore, npsGroup } from "./scores";
import { hashSurveyToken, isWellFormedToken, surveyToken } from "./token";

const SECRET = "x".repeat(32);
const ZONE = "Asia/Shanghai";
const DAY = 86_400_000;

describe("survey tokens", () => {
  test("are 43 url-safe characters, stable per invitation, different per invitation and secret", () => {
    const a = surveyToken(SECRET, "11111111-1111-4111-8111-111111111111");
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(surveyToken(SECRET, "11111111-1111-4111-8111-111111111111")).toBe(a);
    expect(surveyToken(SECRET, "22222222-2222-4222-8222-222222222222")).not.toBe(a);
    expect(surveyToken("y".repeat(32), "11111111-1111-4111-8111-111111111111")).not.toBe(a);
    expect(isWellFormedToken(a)).toBe(true);
  });
  test("only the token's SHA-256 is stored, which is not the token", () => {
    const token = surveyToken(SECRET, "id");
    expect(hashSurveyToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSurveyToken(token)).not.toContain(token);
  });
  test("malformed tokens are refused before any lookup", () => {
    for (const bad of [
      "",
      "short",
      "a".repeat(42),
      "a".repeat(44),
      `${"a".repeat(42)}/`,
      "../../etc",
    ]) {
      expect(isWellFormedToken(bad)).toBe(false);
    }
  });
});

describe("score classification", () => {
  test("NPS 0–6 detractor, 7–8 passive, 9–10 promoter", () => {
    expect([0, 6, 7, 8, 9, 10].map(npsGroup)).toEqual([
      "detractor",
      "detractor",
      "passive",
      "passive",
      "promoter",
      "promoter",
    ]);
  });
  test("a detractor answer is NPS ≤ 6 or CSAT ≤ 2", () => {
    expect(isDetractorAnswer({ nps: 6, csat: 5 })).toBe(true);
    expect(isDetractorAnswer({ nps: 10, csat: 2 })).toBe(true);
    expect(isDetractorAnswer({ nps: 7, csat: 3 })).toBe(false);
    expect(isDetractorAnswer({ nps: 9, csat: 5 })).toBe(false);
  });
  test("NPS is % promoters − % detractors; average CSAT to one decimal", () => {
    expect(netPromoterScore({ promoters: 5, detractors: 2, answers: 10 })).toBe(30);
    expect(netPromoterScore({ promoters: 0, detractors: 3, answers: 3 })).toBe(-100);
    expect(netPromoterScore({ promoters: 0, detractors: 0, answers: 0 })).toBeNull();
    expect(averageCsat(11, 3)).toBe(3.7);
    expect(averageCsat(0, 0)).toBeNull();
  });
});

describe("quarters and the quiet period", () => {
  test("the quarter is the organisation's: 31 Dec 17:00 UTC is already Q1 in Shanghai", () => {
    expect(quarterOf(new Date("2026-12-31T15:59:00Z"), ZONE)).toBe("2026-Q4");
    expect(quarterOf(new Date("2026-12-31T16:00:00Z"), ZONE)).toBe("2027-Q1");
    expect(quarterOf(new Date("2026-04-01T00:00:00Z"), ZONE)).toBe("2026-Q2");
  });
  test("a contact surveyed this quarter waits for the next one", () => {
    const now = new Date("2026-11-15T02:00:00Z");
    expect(outsideQuietPeriod(["2026-Q4"], now, ZONE)).toBe(false);
    expect(outsideQuietPeriod(["2026-Q3"], now, ZONE)).toBe(true);
    expect(outsideQuietPeriod(["2026-Q4"], new Date("2027-01-02T02:00:00Z"), ZONE)).toBe(true);
  });
});

describe("reminders and expiry", () => {
  const sentAt = new Date("2026-10-01T01:00:00Z");
  const base = { sentAt, expiresAt: expiresAtFor(sentAt), answeredAt: null, remindersSent: 0 };
  const at = (days: number) => new Date(sentAt.getTime() + days * DAY);
  test("the first on day 7, the second on day 14, one at a time, none after", () => {
    expect(reminderDue(base, at(6.9))).toBeNull();
    expect(reminderDue(base, at(7))).toBe(1);
    expect(reminderDue(base, at(20))).toBe(1);
    expect(reminderDue({ ...base, remindersSent: 1 }, at(13))).toBeNull();
    expect(reminderDue({ ...base, remindersSent: 1 }, at(14))).toBe(2);
    expect(reminderDue({ ...base, remindersSent: 2 }, at(20))).toBeNull();
  });
  test("no reminder once answered or expired; a link is answerable until it expires", () => {
    expect(reminderDue({ ...base, answeredAt: at(1) }, at(8))).toBeNull();
    expect(reminderDue(base, at(EXPIRY_DAYS))).toBeNull();
    expect(isAnswerable(base, at(EXPIRY_DAYS - 0.01))).toBe(true);
    expect(isAnswerable(base, at(EXPIRY_DAYS))).toBe(false);
    expect(isAnswerable({ ...base, answeredAt: at(1) }, at(2))).toBe(false);
  });
});

describe("campaign selection", () => {
  const t = (n: number) => new Date(Date.UTC(2026, 0, n));
  const c = (
    id: string,
    accountId: string,
    extra: Partial<CampaignContact> = {},
  ): CampaignContact => ({
    id,
    accountId,
    isPrimary: false,
    decisionRole: "user",
    createdAt: t(Number(id.slice(1))),
    ...extra,
  });
  const contacts = [
    c("c1", "A"),
    c("c2", "A", { isPrimary: true }),
    c("c3", "A", { decisionRole: "decision_maker" }),
    c("c4", "B"),
    c("c5", "B"),
  ];
  const ids = (list: CampaignContact[]) => list.map((x) => x.id).sort();
  test("primary contact by default, else the account's first contact", () => {
    expect(ids(campaignTargets(contacts, "primary", new Set()))).toEqual(["c2", "c4"]);
  });
  test("decision makers, falling back to the primary contact", () => {
    expect(ids(campaignTargets(contacts, "decision_makers", new Set()))).toEqual(["c3", "c4"]);
  });
  test("all contacts, minus those surveyed this quarter", () => {
    expect(ids(campaignTargets(contacts, "all_contacts", new Set(["c1", "c5"])))).toEqual([
      "c2",
      "c3",
      "c4",
    ]);
    expect(campaignTargets(contacts, "primary", new Set(["c2", "c4"]))).toEqual([]);
  });
});

test("a contact is surveyed in Chinese unless their region is elsewhere", () => {
  expect(contactLocale({ countryRegion: "" })).toBe("zh-CN");
  expect(contactLocale({ countryRegion: "中国" })).toBe("zh-CN");
  expect(contactLocale({ countryRegion: "Germany" })).toBe("en");
});
