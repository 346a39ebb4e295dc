import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

/** The import screens' client components: their own catalog and the account form's errors. */
export default function ImportLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["accounts", "import"]}>{children}</ClientMessages>;
}
