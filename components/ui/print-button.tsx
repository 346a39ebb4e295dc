"use client";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; the page's print styles hide the forms. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button size="sm" variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
