import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { signOutAction } from "@/app/actions";
import type { CurrentUser } from "@/lib/auth/session";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { LocaleSwitcher } from "./locale-switcher";
import { MainContainer } from "./main-container";
import { MobileMenu } from "./mobile-menu";
import { navFor } from "./nav";
import { NavLinks } from "./nav-links";

export async function AppShell({ user, children }: { user: CurrentUser; children: ReactNode }) {
  const t = await getTranslations("common");
  const items = navFor(user);
  const signOut = async () => {
    "use server";
    await signOutAction({});
  };
  return (
    <div className="min-h-screen md:flex">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("nav.skipToContent")}
      </a>
      <aside className="no-print border-b border-slate-200 bg-white md:sticky md:top-0 md:h-screen md:w-56 md:shrink-0 md:border-b-0 md:border-r">
        <MobileMenu title={t("app.name")}>
          <nav aria-label={t("nav.main")}>
            <NavLinks items={items} />
          </nav>
        </MobileMenu>
        <div className="hidden h-full flex-col md:flex">
          <div className="px-4 py-4 text-lg font-bold text-brand-700">{t("app.name")}</div>
          <nav aria-label={t("nav.main")} className="flex-1 px-2">
            <NavLinks items={items} />
          </nav>
        </div>
      </aside>
      <div className="min-w-0 flex-1">
        <header className="no-print flex flex-wrap items-center justify-end gap-3 border-b border-slate-200 bg-white px-4 py-2">
          <NotificationBell userId={user.id} />
          <div className="text-right text-sm" data-testid="current-user">
            <div className="font-medium">{user.name}</div>
            <div className="text-xs text-slate-500">{t(`roles.${user.role}`)}</div>
          </div>
          <Link
            href="/settings/password"
            className="rounded-md px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-100"
          >
            {t("auth.changePassword")}
          </Link>
          <LocaleSwitcher />
          <form action={signOut}>
            <button
              type="submit"
              className="rounded-md px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-100"
            >
              {t("auth.signOut")}
            </button>
          </form>
        </header>
        <MainContainer>{children}</MainContainer>
      </div>
    </div>
  );
}
