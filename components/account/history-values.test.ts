import { createFormatter, createTranslator } from "next-intl";
import { expect, test } from "vitest";
import accountEn from "@/messages/account/en.json";
import accountsEn from "@/messages/accounts/en.json";
import commonEn from "@/messages/common/en.json";
import { fieldChanges, type HistoryContext } from "./history-values";

const ctx = {
  t: createTranslator({
    locale: "en",
    messages: { account: accountEn, accounts: accountsEn, common: commonEn },
  }),
  format: createFormatter({ locale: "en", timeZone: "Asia/Shanghai" }),
  reference: new Map(),
  people: new Map(),
} as unknown as HistoryContext;

test("an edited activity reads with field labels, type names and local times", () => {
  const changes = fieldChanges(
    ctx,
    "activity",
    { type: "call", occurredAt: "2026-03-02T02:00:00.000Z", outcome: "" },
    { type: "reception", occurredAt: "2026-03-02T06:30:00.000Z", outcome: "同意试样" },
  );
  expect(changes.map(({ label, before, after }) => `${label}: ${before} → ${after}`)).toEqual([
    "Type: Call → Reception",
    "When it happened: Mar 2, 2026, 10:00 AM → Mar 2, 2026, 2:30 PM",
    "Outcome: — → 同意试样",
  ]);
});
