"use client";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

// Wide boards and charts use the whole window; reading pages keep a comfortable measure.
const FULL_WIDTH = ["/pipeline", "/dashboards"];

export function MainContainer({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const full = FULL_WIDTH.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  return (
    <main id="main" className={cn("px-4 py-6 md:px-8", !full && "mx-auto max-w-7xl")}>
      {children}
    </main>
  );
}
