import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ImportPanels } from "@/components/imports/import-panels";
import { requirePagePermission } from "@/lib/auth/session";
import { getSchoolWithPlace } from "@/lib/data/geography/get-places";
import { idParam } from "@/lib/utils/route-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("title") };
}

export default async function SchoolImportPage({ params }: PageProps<"/schools/[schoolId]/teachers/import">) {
  const user = await requirePagePermission("teachers:edit");
  const id = idParam((await params).schoolId);
  const school = id ? await getSchoolWithPlace(user, id) : null;
  if (!school) notFound();
  return (
    <ImportPanels
      placeName={school.name}
      target={{ kind: "school", id: school.id }}
      backHref={`/schools/${school.id}/teachers`}
    />
  );
}
