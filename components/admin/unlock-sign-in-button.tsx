"use client";
import { useTranslations } from "next-intl";
import { unlockSignInAction } from "@/app/(app)/admin/sign-in-locks/actions";
import { RowActionButton } from "@/components/ui/row-action-button";

/** Lifts one sign-in lock, then shows the refreshed list. */
export function UnlockSignInButton({ lockKey, subject }: { lockKey: string; subject: string }) {
  const t = useTranslations("common.admin");
  return (
    <RowActionButton
      call={() => unlockSignInAction({ key: lockKey })}
      label={t("unlockFor", { subject })}
      idle={t("unlock")}
      busy={t("unlocking")}
      errorNamespace="common"
    />
  );
}
