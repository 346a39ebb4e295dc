"use client";
import { useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { configureImportAction } from "@/app/(app)/accounts/import/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { useErrorText } from "@/components/ui/use-error-text";
import { DUPLICATE_RULES, type DuplicateRules } from "@/lib/import/duplicates";
import { ENCODINGS, type Encoding } from "@/lib/import/encoding";
import {
  IMPORT_TARGETS,
  REQUIRED_TARGETS,
  type ColumnMapping,
  type ImportTarget,
} from "@/lib/import/fields";
import { applySavedMapping, mappingByHeader } from "@/lib/import/suggest";
import { SaveMapping } from "./save-mapping";

export type ConfigureFormProps = {
  id: string;
  format: "csv" | "xlsx";
  encoding: Encoding;
  detectedEncoding: Encoding;
  header: string[];
  sample: string[];
  mapping: ColumnMapping;
  saved: { name: string; byHeader: Record<string, ImportTarget> }[];
  rules: DuplicateRules;
  /** Customer managers to choose from (directors, admins); null: the import is the manager's own. */
  owners: { id: string; name: string }[] | null;
  ownerId: string | null;
};

/**
 * Encoding, column mapping (suggested or a saved one), duplicate rules and owner,
 * then "Dry run" (`configureImportAction`); its refusals show beside what they are about.
 */
export function ConfigureForm(props: ConfigureFormProps) {
  const t = useTranslations("import");
  const errorText = useErrorText("import.errors");
  const router = useRouter();
  const pathname = usePathname();
  const [encoding, setEncoding] = useState(props.encoding);
  const [mapping, setMapping] = useState(props.mapping);
  const [rules, setRules] = useState(props.rules);
  const [ownerId, setOwnerId] = useState(props.ownerId ?? "");
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [pending, startTransition] = useTransition();
  const label = (target: ImportTarget) => t(`field.${target}`);

  function changeEncoding(next: Encoding) {
    setEncoding(next);
    router.replace(`${pathname}?encoding=${next}`, { scroll: false });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      setErrors({});
      const result = await configureImportAction({
        id: props.id,
        encoding,
        mapping,
        rules,
        ownerId: props.owners ? ownerId || null : undefined,
      });
      if (result.ok) return router.refresh();
      const fields = result.fieldErrors ?? {};
      setErrors({
        mapping: errorText(fields.mapping?.[0]),
        ownerId: errorText(fields.ownerId?.[0]),
        form: result.fieldErrors ? undefined : errorText(result.message),
      });
    });
  }

  return (
    <form onSubmit={submit} className="space-y-6" noValidate>
      {props.format === "csv" ? (
        <Field
          id="import-encoding"
          label={t("encoding.label")}
          hint={`${t("encoding.detected", { encoding: t(`encoding.${props.detectedEncoding}`) })} ${t("encoding.hint")}`}
          className="max-w-sm"
        >
          <Select
            id="import-encoding"
            value={encoding}
            onChange={(e) => changeEncoding(e.target.value as Encoding)}
          >
            {ENCODINGS.map((e) => (
              <option key={e} value={e}>
                {t(`encoding.${e}`)}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">{t("mapping.title")}</legend>
        <p className="text-sm text-slate-600">{t("mapping.required")}</p>
        {props.saved.length ? (
          <Field id="import-saved" label={t("mapping.saved")} className="max-w-sm">
            <Select
              id="import-saved"
              defaultValue=""
              onChange={(e) => {
                const chosen = props.saved.find((s) => s.name === e.target.value);
                if (chosen) setMapping(applySavedMapping(props.header, chosen.byHeader));
              }}
            >
              <option value="">—</option>
              {props.saved.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {errors.mapping ? (
          <p id="import-mapping-error" role="alert" className="text-sm text-red-600">
            {errors.mapping}
          </p>
        ) : null}
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th className="py-2 pr-3">{t("mapping.column")}</th>
              <th className="py-2 pr-3">{t("mapping.sample")}</th>
              <th className="py-2 pr-3">{t("mapping.target")}</th>
            </tr>
          </thead>
          <tbody>
            {props.header.map((column, i) => (
              <tr key={i} className="border-b border-slate-100">
                <td className="py-1.5 pr-3 font-medium">
                  <label htmlFor={`import-map-${i}`}>{column || `#${i + 1}`}</label>
                </td>
                <td className="max-w-48 truncate py-1.5 pr-3 text-slate-600">{props.sample[i]}</td>
                <td className="py-1.5 pr-3">
                  <Select
                    id={`import-map-${i}`}
                    value={mapping[i] ?? ""}
                    aria-describedby={errors.mapping ? "import-mapping-error" : undefined}
                    onChange={(e) => {
                      const next = [...mapping];
                      next[i] = (e.target.value || null) as ImportTarget | null;
                      setMapping(next);
                    }}
                  >
                    <option value="">{t("mapping.skip")}</option>
                    {IMPORT_TARGETS.map((target) => (
                      <option key={target} value={target}>
                        {label(target)}
                        {REQUIRED_TARGETS.includes(target) ? " *" : ""}
                      </option>
                    ))}
                  </Select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <SaveMapping byHeader={mappingByHeader(props.header, mapping)} />
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">{t("rules.title")}</legend>
        <p className="text-sm text-slate-600">{t("rules.intro")}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          {DUPLICATE_RULES.map((rule) => (
            <Field key={rule} id={`import-rule-${rule}`} label={t(`rules.${rule}`)}>
              <Select
                id={`import-rule-${rule}`}
                value={rules[rule]}
                onChange={(e) =>
                  setRules({ ...rules, [rule]: e.target.value as DuplicateRules[typeof rule] })
                }
              >
                {(["skip", "update", "create"] as const).map((c) => (
                  <option key={c} value={c}>
                    {t(`rules.${c}`)}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </div>
      </fieldset>

      {props.owners ? (
        <Field
          id="import-owner"
          label={t("mapping.owner")}
          error={errors.ownerId}
          className="max-w-sm"
        >
          <Select id="import-owner" value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
            <option value="">{t("mapping.noOwner")}</option>
            {props.owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <p className="text-sm text-slate-700">{t("mapping.ownManager")}</p>
      )}

      {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? t("check.checking") : t("check.submit")}
      </Button>
    </form>
  );
}
