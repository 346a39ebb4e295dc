"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { SIDES, type Stakeholder } from "@/db/schema/stakeholders";
import { StakeholderCard } from "./stakeholder-card";
import { StakeholderForm } from "./stakeholder-form";

type Editing = { mode: "add"; side: Stakeholder["side"] } | { mode: "edit"; id: string } | null;

/** Customer side and our side, each with its people; add and edit open inline. */
export function StakeholderLists({
  accountId,
  stakeholders,
  canEdit,
}: {
  accountId: string;
  stakeholders: Stakeholder[];
  canEdit: boolean;
}) {
  const t = useTranslations("account.stakeholders");
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);

  return (
    <div className="grid gap-6 xl:grid-cols-2">
      {SIDES.map((side) => {
        const people = stakeholders.filter((s) => s.side === side);
        const adding = editing?.mode === "add" && editing.side === side;
        const formOpen =
          adding || (editing?.mode === "edit" && people.some((s) => s.id === editing.id));
        return (
          <section
            key={side}
            aria-labelledby={`stakeholders-${side}`}
            // The form needs the full width: its selects are cut off in half a column.
            className={cn("space-y-3", formOpen && "xl:col-span-2")}
          >
            <div className="flex items-center justify-between gap-2">
              <h2 id={`stakeholders-${side}`} className="text-base font-semibold">
                {t(`sideTitle.${side}`, { count: people.length })}
              </h2>
              {canEdit && !adding ? (
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => setEditing({ mode: "add", side })}
                >
                  {t(`addOn.${side}`)}
                </Button>
              ) : null}
            </div>
            {adding ? (
              <StakeholderForm accountId={accountId} side={side} onDone={close} onCancel={close} />
            ) : null}
            {people.length === 0 && !adding ? (
              <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">
                {t(`empty.${side}`)}
              </p>
            ) : (
              <ul className="space-y-2">
                {people.map((s) =>
                  editing?.mode === "edit" && editing.id === s.id ? (
                    <li key={s.id}>
                      <StakeholderForm
                        accountId={accountId}
                        stakeholder={s}
                        onDone={close}
                        onCancel={close}
                      />
                    </li>
                  ) : (
                    <StakeholderCard
                      key={s.id}
                      stakeholder={s}
                      canEdit={canEdit}
                      onEdit={() => setEditing({ mode: "edit", id: s.id })}
                    />
                  ),
                )}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
