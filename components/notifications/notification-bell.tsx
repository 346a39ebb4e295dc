import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { unreadNotificationCount } from "@/db/queries/notifications";

/** The header's bell: a link to /notifications with the unread count. */
export async function NotificationBell({ userId }: { userId: string }) {
  const [count, t] = await Promise.all([
    unreadNotificationCount({ userId }),
    getTranslations("notifications"),
  ]);
  return (
    <Link
      href="/notifications"
      aria-label={count ? t("bellUnread", { count }) : t("bell")}
      data-testid="notification-bell"
      className="relative rounded-md p-1.5 text-slate-700 hover:bg-slate-100"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" />
      </svg>
      {count ? (
        <span
          data-testid="notification-count"
          className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-semibold leading-5 text-white"
        >
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
