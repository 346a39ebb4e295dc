"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { chooseRowAction } from "@/app/(app)/accounts/import/actions";
import { Select } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";

type Choice = "skip" | "update" | "create";

/** A duplicate row's own choice over its rule's (`chooseRowAction`); empty: the rule's. */
export function RowChoice({
  id,
  rowNo,
  choice,
}: {
  id: string;
  rowNo: number;
  choice: Choice | null;
}) {
  const t = useTranslations("import");
  const errorText = useErrorText("import.errors");
  const router = useRouter();
  const [value, setValue] = useState(choice ?? "");
  const [error, setError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();
  const selectId = `import-row-${rowNo}-choice`;

  const change = (next: string) =>
    startTransition(async () => {
      const previous = value;
      setValue(next);
      setError(undefined);
      const result = await chooseRowAction({ id, rowNo, choice: (next || null) as Choice | null });
      if (result.ok) return router.refresh();
      setValue(previous);
      setError(errorText(result.fieldErrors?.rowNo?.[0] ?? result.message));
    });

  return (
    <div className="mt-1 space-y-1">
      <label htmlFor={selectId} className="sr-only">
        {t("check.choice")} ({t("report.row")} {rowNo})
      </label>
      <Select
        id={selectId}
        value={value}
        disabled={pending}
        onChange={(e) => change(e.target.value)}
        aria-describedby={error ? `${selectId}-error` : undefined}
      >
        <option value="">{t("check.ruleChoice")}</option>
        {(["skip", "update", "create"] as const).map((c) => (
          <option key={c} value={c}>
            {t(`rules.${c}`)}
          </option>
        ))}
      </Select>
      {error ? (
        <p id={`${selectId}-error`} role="alert" className="text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}
