import { can, type Actor } from "@/lib/policy";

export type NavItem = { href: string; labelKey: string };

/** Navigation a user is offered (by the policy); each page still checks it itself. */
export function navFor(actor: Actor): NavItem[] {
  const items: NavItem[] = [
    { href: "/", labelKey: "home" },
    { href: "/accounts", labelKey: "accounts" },
    { href: "/pipeline", labelKey: "pipeline" },
    { href: "/service", labelKey: "service" },
    { href: "/dashboards", labelKey: "dashboards" },
  ];
  if (can(actor, "template.manage")) items.push({ href: "/templates", labelKey: "templates" });
  if (can(actor, "product.manage")) items.push({ href: "/admin/products", labelKey: "products" });
  if (can(actor, "user.manage")) items.push({ href: "/admin/users", labelKey: "admin" });
  return items;
}
