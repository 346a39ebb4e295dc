type Stat = { label: string; value: string; note?: string; alert?: boolean };

/** Headline numbers above a chart, as a description list. */
export function Stats({ items, label, testId }: { items: Stat[]; label: string; testId: string }) {
  return (
    <dl
      aria-label={label}
      data-testid={testId}
      className="mb-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4"
    >
      {items.map((item) => (
        <div key={item.label} className="rounded-md bg-slate-50 px-3 py-2">
          <dt className="text-slate-600">{item.label}</dt>
          <dd
            className={item.alert ? "text-lg font-semibold text-red-700" : "text-lg font-semibold"}
          >
            {item.value}
          </dd>
          {item.note ? <dd className="text-xs text-slate-500">{item.note}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
