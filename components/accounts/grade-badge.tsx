import { Badge } from "@/components/ui/card";
import type { Grade } from "@/db/schema/accounts";

const GRADE_TONE = { important: "blue", normal: "slate", potential: "amber" } as const;

/** The customer grade (important / normal / potential) as a coloured badge. */
export function GradeBadge({ grade, label }: { grade: Grade; label: string }) {
  return <Badge tone={GRADE_TONE[grade]}>{label}</Badge>;
}
