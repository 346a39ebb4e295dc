import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

export default function TemplatesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["scorecard", "schedule"]}>{children}</ClientMessages>;
}
