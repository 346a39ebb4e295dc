"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { NavItem } from "./nav";

export function NavLinks({ items }: { items: NavItem[] }) {
  const t = useTranslations("common.nav");
  const pathname = usePathname();
  const isActive = (href: string) =>
    href === "/" ? pathname === "/" : pathname.startsWith(href.split("/").slice(0, 2).join("/"));
  return (
    <ul className="flex flex-col gap-1">
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={isActive(item.href) ? "page" : undefined}
            className={cn(
              "block rounded-md px-3 py-2 text-sm font-medium",
              isActive(item.href) ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100",
            )}
          >
            {t(item.labelKey)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
