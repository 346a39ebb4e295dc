import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

export default function AccountsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["accounts", "forecast"]}>{children}</ClientMessages>;
}
