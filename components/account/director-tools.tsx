import { getTranslations } from "next-intl/server";
import { ArchiveButton } from "@/components/accounts/archive-button";
import { AssignOwnerForm } from "@/components/accounts/assign-owner-form";
import { EditCodeForm } from "@/components/accounts/edit-code-form";
import type { AccountDetail } from "@/db/queries/accounts";
import type { Role } from "@/db/schema/users";

/** Director / admin tools, folded away so the page stays about the customer. */
export async function DirectorTools({
  detail,
  users,
}: {
  detail: AccountDetail;
  users: { id: string; name: string; role: Role }[];
}) {
  const [t, ta] = await Promise.all([
    getTranslations("account.header"),
    getTranslations("accounts"),
  ]);
  const { account, team } = detail;
  return (
    <details className="group rounded-lg border border-slate-200 bg-white shadow-sm">
      <summary className="cursor-pointer px-4 py-3 text-sm font-semibold">
        {t("directorTools")}
      </summary>
      <div className="grid gap-6 border-t border-slate-100 p-4 lg:grid-cols-3">
        <section aria-labelledby="tools-assign">
          <h3 id="tools-assign" className="mb-2 text-sm font-semibold">
            {ta("assign.title")}
          </h3>
          <AssignOwnerForm
            account={{ id: account.id, version: account.version, ownerId: account.ownerId }}
            team={team.map((m) => ({ id: m.id, name: m.name }))}
            users={users}
          />
        </section>
        <section aria-labelledby="tools-code">
          <h3 id="tools-code" className="mb-2 text-sm font-semibold">
            {ta("code.title")}
          </h3>
          <EditCodeForm
            account={{ id: account.id, version: account.version, code: account.code }}
          />
        </section>
        <section aria-labelledby="tools-archive">
          <h3 id="tools-archive" className="mb-2 text-sm font-semibold">
            {ta("archive.title")}
          </h3>
          <p className="mb-3 text-sm text-slate-600">
            {account.archivedAt ? ta("archive.archivedHint") : ta("archive.hint")}
          </p>
          <ArchiveButton
            account={{ id: account.id, version: account.version, archivedAt: account.archivedAt }}
          />
        </section>
      </div>
    </details>
  );
}
