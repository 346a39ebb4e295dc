import { getTranslations } from "next-intl/server";

export default async function Loading() {
  const t = await getTranslations("account");
  return (
    <div role="status" aria-live="polite" className="space-y-4 py-2">
      <span className="sr-only">{t("loading")}</span>
      <div aria-hidden="true" className="h-8 w-72 animate-pulse rounded bg-slate-200" />
      <div aria-hidden="true" className="h-4 w-96 animate-pulse rounded bg-slate-100" />
      <div aria-hidden="true" className="grid grid-cols-7 gap-1">
        {Array.from({ length: 7 }, (_, i) => (
          <div key={i} className="h-12 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
      <div aria-hidden="true" className="h-64 animate-pulse rounded bg-slate-100" />
    </div>
  );
}
