import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";

export async function generateMetadata() {
  const t = await getTranslations("common.templates");
  return { title: t("title") };
}

export default async function TemplatesPage() {
  const user = await requireUser();
  if (!can(user, "template.manage")) forbidden();
  const t = await getTranslations("common.templates");
  const links = [
    { href: "/templates/scorecards", title: t("scorecards"), hint: t("scorecardsHint") },
    { href: "/templates/schedules", title: t("schedules"), hint: t("schedulesHint") },
  ];
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
            >
              <span className="block font-semibold text-brand-700">{link.title}</span>
              <span className="mt-1 block text-sm text-slate-600">{link.hint}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
