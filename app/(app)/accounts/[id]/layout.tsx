import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={[
        "accounts",
        "account",
        "scorecard",
        "requirements",
        "scope",
        "schedule",
        "cost",
        "surveys",
        "orders",
        "value",
      ]}
    >
      {children}
    </ClientMessages>
  );
}
