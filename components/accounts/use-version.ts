"use client";
import { useState } from "react";

/**
 * The account version to send next: the page's, or a newer one this form just saved
 * (the page's props catch up only after `router.refresh()` completes).
 */
export function useVersion(fromPage: number) {
  const [saved, setSaved] = useState(0);
  return [Math.max(fromPage, saved), setSaved] as const;
}
