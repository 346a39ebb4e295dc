import { getTranslations } from "next-intl/server";

/** While the import's step loads (the preview reads the stored file); screen readers hear the status. */
export default async function Loading() {
  const t = await getTranslations("import");
  return (
    <div aria-busy="true">
      <div className="mb-6 h-8 w-48 animate-pulse rounded bg-slate-200" />
      <p role="status" aria-live="polite" className="mb-3 text-sm text-slate-600">
        {t("loading")}
      </p>
      <div className="space-y-2">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-10 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
