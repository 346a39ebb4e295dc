import { db } from "@/db";
import { accounts, stakeholders } from "@/db/schema";
import { createInvitations } from "./invite";
import { surveyToken } from "./token";
import type { SurveyLocale } from "./types";

let serial = 0;

/** Test fixture: an account owned by `ownerId` with one customer contact (primary). */
export async function surveyAccount(ownerId: string | null, name = "北京华彩涂料有限公司") {
  const [account] = await db
    .insert(accounts)
    .values({ code: `s0102${++serial}`, name, ownerId })
    .returning();
  const [contact] = await db
    .insert(stakeholders)
    .values({
      accountId: account!.id,
      side: "customer",
      name: "刘建国",
      decisionRole: "decision_maker",
      email: `liu${serial}@customer.example`,
      isPrimary: true,
    })
    .returning();
  return { accountId: account!.id, contactId: contact!.id };
}

/** Test fixture: a link for the contact sent at `now`, with its token. */
export async function surveyInvitation(
  account: { accountId: string; contactId: string },
  now: Date,
  locale: SurveyLocale = "zh-CN",
) {
  const [created] = await db.transaction((tx) =>
    createInvitations(tx, [{ ...account, locale, source: "manual", sentById: null }], now),
  );
  return {
    invitation: created!,
    token: surveyToken(process.env.AUTH_SECRET!, created!.id),
  };
}
