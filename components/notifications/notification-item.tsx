"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { markNotificationReadAction } from "@/app/(app)/notifications/actions";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { useErrorText } from "@/components/ui/use-error-text";

/**
 * One notification: its title opens the record (marking it read on the way), and
 * an unread one has its own "mark as read" button.
 */
export function NotificationItem({
  id,
  title,
  link,
  when,
  unread,
}: {
  id: string;
  title: string;
  link: string;
  when: string;
  unread: boolean;
}) {
  const t = useTranslations("notifications");
  const errorText = useErrorText();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const markRead = async () => {
    const result = await markNotificationReadAction({ id });
    if (!result.ok) setError(errorText(result.message));
    return result.ok;
  };

  return (
    <li
      className={cn("flex flex-wrap items-start gap-3 px-4 py-3", unread && "bg-brand-50/60")}
      data-testid="notification"
      data-unread={unread ? "true" : "false"}
    >
      <span
        aria-hidden="true"
        className={cn(
          "mt-1.5 h-2 w-2 shrink-0 rounded-full",
          unread ? "bg-brand-600" : "bg-transparent",
        )}
      />
      <div className="min-w-0 flex-1">
        {unread ? <span className="sr-only">{t("unread")}</span> : null}
        <Link
          href={link}
          className={cn(
            "block w-fit text-sm hover:underline",
            unread ? "font-semibold text-slate-900" : "text-slate-700",
          )}
          onClick={(event) => {
            if (!unread || event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            startTransition(async () => {
              await markRead();
              router.push(link);
            });
          }}
        >
          {title}
        </Link>
        <div className="text-xs text-slate-500">{when}</div>
        {error ? (
          <p role="alert" className="mt-1 text-xs text-red-600">
            {error}
          </p>
        ) : null}
      </div>
      {unread ? (
        <Button
          size="sm"
          variant="ghost"
          disabled={pending}
          aria-label={t("markReadLabel", { title })}
          onClick={() =>
            startTransition(async () => {
              if (await markRead()) router.refresh();
            })
          }
        >
          {pending ? t("marking") : t("markRead")}
        </Button>
      ) : null}
    </li>
  );
}
