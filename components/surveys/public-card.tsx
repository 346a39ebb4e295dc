import type { ReactNode } from "react";

/** The public survey pages' frame: one narrow column, readable on a phone first. */
export function PublicSurveyCard({
  lang,
  title,
  children,
}: {
  lang: string;
  title: string;
  children?: ReactNode;
}) {
  return (
    <main lang={lang} className="mx-auto w-full max-w-xl px-4 py-6 sm:py-12">
      <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
        <h1 className="text-xl font-semibold text-slate-900 sm:text-2xl">{title}</h1>
        {children}
      </div>
    </main>
  );
}
