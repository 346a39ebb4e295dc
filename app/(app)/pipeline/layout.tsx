import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

export default function PipelineLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["pipeline", "account", "forecast", "value"]}>
      {children}
    </ClientMessages>
  );
}
