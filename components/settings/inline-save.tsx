import { Button } from "@/components/ui/button";

/** The save button and the saved / refused notice of a one-field settings row form. */
export function InlineSave({
  submitting,
  save,
  saving,
  notice,
}: {
  submitting: boolean;
  save: string;
  saving: string;
  notice: { ok: boolean; text: string } | null;
}) {
  return (
    <>
      <Button type="submit" size="sm" variant="secondary" className="mt-1" disabled={submitting}>
        {submitting ? saving : save}
      </Button>
      {notice ? (
        <p
          role={notice.ok ? "status" : "alert"}
          className={notice.ok ? "mt-1.5 text-xs text-emerald-700" : "mt-1.5 text-xs text-red-600"}
        >
          {notice.text}
        </p>
      ) : null}
    </>
  );
}
