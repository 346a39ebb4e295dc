"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { assignOwnerAction } from "@/app/(app)/accounts/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import type { Role } from "@/db/schema/users";
import { canOwnAccounts } from "@/lib/policy";
import { useVersion } from "./use-version";

export type AssignOwnerFormProps = {
  account: { id: string; version: number; ownerId: string | null };
  /** The current account team (besides the owner). */
  team: { id: string; name: string }[];
  /** Active users who work on accounts; the owner is picked among those who can own one. */
  users: { id: string; name: string; role: Role }[];
};

/** Director / admin: (re)assign the owner and the account team. */
export function AssignOwnerForm({ account, team, users }: AssignOwnerFormProps) {
  const owners = users.filter((user) => canOwnAccounts(user));
  const t = useTranslations("accounts.assign");
  const common = useTranslations("common");
  const errorText = useErrorText("accounts.validation");
  const router = useRouter();
  const [version, setVersion] = useVersion(account.version);
  const [ownerId, setOwnerId] = useState(account.ownerId ?? "");
  const [members, setMembers] = useState(() => new Set(team.map((m) => m.id)));
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [pending, startTransition] = useTransition();
  const people = [...users, ...team.filter((m) => !users.some((u) => u.id === m.id))];
  const ownerError = errorText(fieldErrors.ownerId?.[0]);
  const teamError = errorText(fieldErrors.teamMemberIds?.[0]);

  const toggle = (id: string, on: boolean) =>
    setMembers((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    setFieldErrors({});
    startTransition(async () => {
      const result = await assignOwnerAction({
        id: account.id,
        version,
        ownerId,
        teamMemberIds: [...members].filter((id) => id !== ownerId),
      });
      if (result.ok) {
        setVersion(result.data.version);
        setNotice({ tone: "success", text: t("saved") });
        router.refresh();
        return;
      }
      setFieldErrors(result.fieldErrors ?? {});
      setNotice({ tone: "error", text: errorText(result.message, result.params) ?? "" });
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field id="assign-owner" label={t("owner")} error={ownerError} required>
        <Select
          id="assign-owner"
          value={ownerId}
          onChange={(e) => setOwnerId(e.target.value)}
          aria-invalid={!!ownerError}
          aria-describedby={ownerError ? "assign-owner-error" : undefined}
        >
          <option value="">{t("chooseOwner")}</option>
          {owners.map((user) => (
            <option key={user.id} value={user.id}>
              {user.name} · {common(`roles.${user.role}`)}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset aria-describedby={teamError ? "assign-team-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">{t("team")}</legend>
        <p className="text-xs text-slate-500">{t("teamHint")}</p>
        <div className="mt-2 grid max-h-56 gap-1 overflow-y-auto rounded-md border border-slate-200 p-2 sm:grid-cols-2">
          {people
            .filter((person) => person.id !== ownerId)
            .map((person) => (
              <label key={person.id} className="inline-flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={members.has(person.id)}
                  onChange={(e) => toggle(person.id, e.target.checked)}
                />
                {person.name}
              </label>
            ))}
        </div>
        {teamError ? (
          <p id="assign-team-error" role="alert" className="mt-1 text-xs text-red-600">
            {teamError}
          </p>
        ) : null}
      </fieldset>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? common("actions.saving") : t("save")}
      </Button>
    </form>
  );
}
