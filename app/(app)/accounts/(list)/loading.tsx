import { getTranslations } from "next-intl/server";

/** A skeleton of the list while the query runs; the status text is what screen readers hear. */
export default async function Loading() {
  const t = await getTranslations("accounts.list");
  return (
    <div aria-busy="true">
      <div className="mb-6 h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className="mb-4 h-32 animate-pulse rounded-lg bg-slate-100" />
      <p role="status" aria-live="polite" className="mb-3 text-sm text-slate-600">
        {t("loading")}
      </p>
      <div className="space-y-2">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-10 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
