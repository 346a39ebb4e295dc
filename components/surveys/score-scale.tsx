/**
 * A required or optional score question as native radio buttons (works without
 * JavaScript, keyboard by arrow keys): large tap targets, the chosen one filled.
 */
export function ScoreScale({
  name,
  legend,
  min,
  max,
  required,
  lowLabel,
  highLabel,
  note,
  labels,
}: {
  name: string;
  legend: string;
  min: number;
  max: number;
  required: boolean;
  lowLabel: string;
  highLabel: string;
  note: string;
  labels?: Record<string, string>;
}) {
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <fieldset className="mt-6">
      <legend className="text-base font-medium text-slate-900">
        {legend} <span className="text-xs font-normal text-slate-500">({note})</span>
      </legend>
      <div
        className={
          values.length > 5
            ? "mt-3 grid grid-cols-6 gap-2 sm:grid-cols-11"
            : "mt-3 grid grid-cols-5 gap-2"
        }
      >
        {values.map((value) => (
          <label key={value} className="block">
            <input
              type="radio"
              name={name}
              value={value}
              required={required}
              className="peer sr-only"
              aria-label={
                labels?.[String(value)] ? `${value} ${labels[String(value)]}` : String(value)
              }
            />
            <span className="flex h-12 items-center justify-center rounded-lg border border-slate-300 text-base font-semibold text-slate-700 peer-checked:border-brand-600 peer-checked:bg-brand-600 peer-checked:text-white peer-focus-visible:ring-2 peer-focus-visible:ring-brand-500 peer-focus-visible:ring-offset-2">
              {value}
            </span>
          </label>
        ))}
      </div>
      <div className="mt-1 flex justify-between text-xs text-slate-500">
        <span>
          {min} = {lowLabel}
        </span>
        <span>
          {max} = {highLabel}
        </span>
      </div>
    </fieldset>
  );
}
