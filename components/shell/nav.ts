import type { Role } from "@/db/schema/users";

export type NavItem = { href: string; labelKey: string };

/** Navigation a role is offered; each page still checks the role itself. */
export function navFor(role: Role): NavItem[] {
  const items: NavItem[] = [
    { href: "/", labelKey: "home" },
    { href: "/accounts", labelKey: "accounts" },
    { href: "/pipeline", labelKey: "pipeline" },
    { href: "/dashboards", labelKey: "dashboards" },
  ];
  if (role === "admin" || role === "director")
    items.push({ href: "/templates", labelKey: "templates" });
  if (role === "admin") items.push({ href: "/admin/users", labelKey: "admin" });
  return items;
}
