import { getTranslations } from "next-intl/server";

export default async function Loading() {
  const t = await getTranslations("common.common");
  return (
    <div
      role="status"
      aria-live="polite"
      className="flex items-center gap-2 py-10 text-sm text-slate-600"
    >
      <span
        className="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600"
        aria-hidden="true"
      />
      {t("loading")}
    </div>
  );
}
