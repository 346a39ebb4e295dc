"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import {
  changeUserRoleAction,
  endUserSessionsAction,
  setUserActiveAction,
} from "@/app/(app)/admin/users/actions";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { ROLES, type Role } from "@/db/schema/users";
import { ResetPasswordForm } from "./reset-password-form";

type Row = { id: string; name: string; role: Role; active: boolean; version: number };

export function UserRowActions({ user }: { user: Row }) {
  const t = useTranslations("common");
  const errorText = useErrorText("common");
  const router = useRouter();
  const [role, setRole] = useState<Role>(user.role);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [pending, startTransition] = useTransition();

  const run = (call: () => Promise<{ ok: boolean; message?: string }>, done?: string) =>
    startTransition(async () => {
      setError(undefined);
      setNotice(undefined);
      const result = await call();
      if (!result.ok) setError(errorText(result.message));
      else if (done) setNotice(done);
      router.refresh();
    });

  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${user.id}`}>
        {t("admin.changeRole")} — {user.name}
      </label>
      <Select
        id={`role-${user.id}`}
        value={role}
        onChange={(e) => setRole(e.target.value as Role)}
        className="w-auto py-1"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </Select>
      <Button
        size="sm"
        variant="secondary"
        disabled={pending || role === user.role}
        onClick={() =>
          run(() => changeUserRoleAction({ id: user.id, version: user.version, role }))
        }
      >
        {t("admin.save")}
      </Button>
      <Button
        size="sm"
        variant={user.active ? "danger" : "secondary"}
        disabled={pending}
        onClick={() =>
          run(() =>
            setUserActiveAction({ id: user.id, version: user.version, active: !user.active }),
          )
        }
      >
        {user.active ? t("admin.deactivate") : t("admin.reactivate")}
      </Button>
      <Button
        size="sm"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          run(
            () => endUserSessionsAction({ id: user.id }),
            t("admin.sessionsEnded", { name: user.name }),
          )
        }
      >
        {t("admin.endSessions")}
      </Button>
      {notice ? (
        <p role="status" className="w-full text-xs text-emerald-700">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="w-full text-xs text-red-600">
          {error}
        </p>
      ) : null}
      <ResetPasswordForm user={user} />
    </div>
  );
}
