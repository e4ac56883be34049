import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ExternalIdentities } from "@/components/users/external-identities";
import { UserAccountActions } from "@/components/users/user-account-actions";
import { UserForm } from "@/components/users/user-form";
import { oidcSettings } from "@/lib/auth/oidc";
import { assignableRoles, canManageRole } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listCityPlaces } from "@/lib/data/geography/list-city-places";
import { getManagedUser } from "@/lib/data/users/get-managed-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("editTitle") };
}

export default async function EditUserPage({ params }: PageProps<"/admin/users/[userId]">) {
  const manager = await requirePagePermission("users:manage");
  const userId = Number((await params).userId);
  if (!Number.isInteger(userId) || userId <= 0) notFound();
  const [user, places, t, tRoles, format] = await Promise.all([
    getManagedUser(manager, userId),
    listCityPlaces(manager),
    getTranslations("users"),
    getTranslations("roles"),
    getFormatter(),
  ]);
  if (!user) notFound();
  const editable = !user.isSelf && canManageRole(manager.role, user.role);
  const oidc = oidcSettings();

  return (
    <>
      <PageHeader
        title={`${t("editTitle")} · ${user.loginName}`}
        description={`${tRoles(user.role)} · ${t("createdAt")} ${format.dateTime(user.createdAt, { dateStyle: "medium" })}`}
        actions={
          <Link href="/admin/users" className="text-sm text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
        }
      />
      {editable ? (
        <div className="grid gap-6 xl:grid-cols-2">
          <Card title={t("editTitle")}>
            <UserForm places={places} roles={assignableRoles(manager.role)} user={user} />
          </Card>
          <Card title={t("status")}>
            <p className="mb-3 text-sm text-slate-600">
              {user.isActive ? t("statusActive") : t("statusInactive")}
              {user.isLocked && ` · ${t("statusLocked")}`}
              {user.mustChangePassword && ` · ${t("mustChangePassword")}`}
            </p>
            <UserAccountActions userId={user.id} isActive={user.isActive} isLocked={user.isLocked} />
          </Card>
          {(oidc || user.externalIdentities.length > 0) && (
            <Card title={t("identitiesTitle")}>
              <ExternalIdentities
                userId={user.id}
                identities={user.externalIdentities}
                provider={oidc && { name: oidc.displayName, linkClaim: oidc.linkClaim }}
              />
            </Card>
          )}
        </div>
      ) : (
        <p className="rounded-md border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700">
          {user.isSelf ? t("ownAccountNote") : t("notManageable")}
        </p>
      )}
    </>
  );
}
