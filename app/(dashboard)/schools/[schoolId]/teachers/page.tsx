import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RosterPage } from "@/components/teachers/roster-page";
import { ButtonLink } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/auth/session";
import { idParam } from "@/lib/utils/route-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachers"))("title") };
}

export default async function SchoolTeachersPage({
  params,
  searchParams,
}: PageProps<"/schools/[schoolId]/teachers">) {
  const user = await requirePagePermission("teachers:view");
  const schoolId = idParam((await params).schoolId);
  if (!schoolId) notFound();
  const t = await getTranslations("teachers");
  return (
    <RosterPage
      user={user}
      target={{ kind: "school", id: schoolId }}
      query={await searchParams}
      canAddHere
      links={
        <ButtonLink href={`/schools/${schoolId}/facilities`} variant="ghost">
          {t("toFacilities")}
        </ButtonLink>
      }
    />
  );
}
