import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";

export default async function HomePage() {
  const user = await requireUser();
  const t = await getTranslations("common");
  return (
    <PageHeader
      title={t("home.title", { name: user.name })}
      description={t("home.intro", { role: t(`roles.${user.role}`) })}
    />
  );
}
