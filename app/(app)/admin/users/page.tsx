import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { AdminTabs } from "@/components/settings/admin-tabs";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { listUsers } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/policy";
import { TableScroll } from "@/components/ui/table-scroll";

export async function generateMetadata() {
  const t = await getTranslations("common.admin");
  return { title: t("usersTitle") };
}

export default async function UsersPage() {
  const user = await requireUser();
  if (!can(user, "user.manage")) forbidden();
  const [rows, t, format] = await Promise.all([
    listUsers({ actor: user }),
    getTranslations("common"),
    getFormatter(),
  ]);
  return (
    <>
      <AdminTabs current="users" />
      <PageHeader title={t("admin.usersTitle")} description={t("admin.usersIntro")} />
      <Card title={t("admin.createUser")} className="mb-6">
        <CreateUserForm />
      </Card>
      <Card>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">{t("admin.noUsers")}</p>
        ) : (
          <TableScroll label={t("admin.usersTitle")}>
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {t("admin.name")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("admin.email")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("admin.role")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("admin.status")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("admin.created")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("admin.actions")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr
                    key={row.id}
                    className="border-b border-slate-100 align-top"
                    data-testid={`user-row-${row.email}`}
                  >
                    <td className="py-2 pr-3 font-medium">
                      {row.name}
                      {row.id === user.id ? (
                        <span className="ml-1 text-xs text-slate-500">({t("admin.you")})</span>
                      ) : null}
                    </td>
                    <td className="py-2 pr-3">{row.email}</td>
                    <td className="py-2 pr-3">{t(`roles.${row.role}`)}</td>
                    <td className="py-2 pr-3">
                      <Badge tone={row.active ? "green" : "red"}>
                        {row.active ? t("admin.active") : t("admin.inactive")}
                      </Badge>
                    </td>
                    <td className="py-2 pr-3">
                      {format.dateTime(row.createdAt, { dateStyle: "medium" })}
                    </td>
                    <td className="py-2">
                      {row.id === user.id ? null : <UserRowActions user={row} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Card>
    </>
  );
}
