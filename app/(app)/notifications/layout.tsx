import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

export default function NotificationsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["notifications"]}>{children}</ClientMessages>;
}
