import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RosterPage } from "@/components/teachers/roster-page";
import { buttonClasses } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/auth/session";
import { idParam } from "@/lib/utils/route-params";
import { DownloadButton } from "@/components/ui/download-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("teachers"))("title") };
}

export default async function CountyTeachersPage({
  params,
  searchParams,
}: PageProps<"/counties/[countyId]/teachers">) {
  const user = await requirePagePermission("teachers:view");
  const countyId = idParam((await params).countyId);
  if (!countyId) notFound();
  const t = await getTranslations("teachers");
  return (
    <RosterPage
      user={user}
      target={{ kind: "county", id: countyId }}
      query={await searchParams}
      canAddHere={false}
      links={
        <DownloadButton href={`/counties/${countyId}/facilities/export`} className={buttonClasses("ghost")}>
          {t("exportFacilities")}
        </DownloadButton>
      }
    />
  );
}
