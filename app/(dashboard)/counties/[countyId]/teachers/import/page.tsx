import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ImportPanels } from "@/components/imports/import-panels";
import { requirePagePermission } from "@/lib/auth/session";
import { getCountyWithSchools } from "@/lib/data/geography/get-places";
import { localized } from "@/lib/utils/localized";
import { idParam } from "@/lib/utils/route-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("title") };
}

export default async function CountyImportPage({
  params,
}: PageProps<"/counties/[countyId]/teachers/import">) {
  const user = await requirePagePermission("teachers:edit");
  const id = idParam((await params).countyId);
  const county = id ? await getCountyWithSchools(user, id) : null;
  if (!county) notFound();
  return (
    <ImportPanels
      placeName={localized(county, "name", await getLocale())}
      target={{ kind: "county", id: county.id }}
      backHref={`/counties/${county.id}/teachers`}
    />
  );
}
