import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

export default function ServiceLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["service"]}>{children}</ClientMessages>;
}
