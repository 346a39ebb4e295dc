import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read-button";
import { NotificationItem } from "@/components/notifications/notification-item";
import { Card, PageHeader } from "@/components/ui/card";
import { listNotifications } from "@/db/queries/notifications";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

/** `?before=<iso time>_<id>`: the last notification of the previous page. */
function parseBefore(value: string | undefined) {
  const match = value && /^(.+)_([0-9a-f-]{36})$/.exec(value);
  if (!match) return undefined;
  const createdAt = new Date(match[1]!);
  return Number.isNaN(createdAt.getTime()) ? undefined : { createdAt, id: match[2]! };
}

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<{ before?: string }>;
}) {
  const user = await requireUser();
  const before = parseBefore((await searchParams).before);
  const [{ rows, more }, t, format] = await Promise.all([
    listNotifications({ userId: user.id, before }),
    getTranslations("notifications"),
    getFormatter(),
  ]);
  const last = rows.at(-1);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("intro")}
        actions={rows.some((n) => !n.readAt) ? <MarkAllReadButton /> : null}
      />
      <Card>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        ) : (
          <ul className="-m-4 divide-y divide-slate-100">
            {rows.map((n) => (
              <NotificationItem
                key={n.id}
                id={n.id}
                link={n.link}
                unread={!n.readAt}
                title={t.has(`kinds.${n.kind}`) ? t(`kinds.${n.kind}`, n.params) : n.kind}
                when={format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              />
            ))}
          </ul>
        )}
      </Card>
      <nav className="mt-4 flex gap-4 text-sm">
        {before ? (
          <Link href="/notifications" className="text-brand-700 hover:underline">
            {t("newest")}
          </Link>
        ) : null}
        {more && last ? (
          <Link
            href={`/notifications?before=${last.createdAt.toISOString()}_${last.id}`}
            className="text-brand-700 hover:underline"
          >
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
