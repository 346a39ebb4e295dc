import { Badge } from "@/components/ui/card";

const TONE = { A: "green", B: "blue", C: "slate" } as const;

/** The value class (ABC) as a badge; `label` names it in full for screen readers. */
export function AbcBadge({ abcClass, label }: { abcClass: "A" | "B" | "C"; label: string }) {
  return (
    <span title={label}>
      <Badge tone={TONE[abcClass]}>
        <span aria-hidden="true">{abcClass}</span>
        <span className="sr-only">{label}</span>
      </Badge>
    </span>
  );
}
