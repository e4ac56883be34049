import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { UserForm } from "@/components/users/user-form";
import { assignableRoles } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listCityPlaces } from "@/lib/data/geography/list-city-places";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("newTitle") };
}

export default async function NewUserPage() {
  const user = await requirePagePermission("users:manage");
  const [places, t] = await Promise.all([listCityPlaces(user), getTranslations("users")]);
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        actions={
          <Link href="/admin/users" className="text-sm text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
        }
      />
      <UserForm places={places} roles={assignableRoles(user.role)} />
    </>
  );
}
