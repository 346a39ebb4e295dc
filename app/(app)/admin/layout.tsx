import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

export default function AdminLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["settings"]}>{children}</ClientMessages>;
}
