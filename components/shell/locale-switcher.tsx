"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/app/actions";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { cn } from "@/components/ui/cn";

export function LocaleSwitcher() {
  const t = useTranslations("common.locale");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const choose = (locale: Locale) =>
    startTransition(async () => {
      await setLocaleAction({ locale });
      router.refresh();
    });
  return (
    <div
      role="group"
      aria-label={t("label")}
      className="inline-flex overflow-hidden rounded-md border border-slate-300 text-sm"
    >
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={current === locale}
          disabled={pending}
          onClick={() => choose(locale)}
          className={cn(
            "px-2.5 py-1",
            current === locale ? "bg-brand-600 text-white" : "bg-white hover:bg-slate-100",
          )}
        >
          {t(locale)}
        </button>
      ))}
    </div>
  );
}
