import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FacilityWorklistTable } from "@/components/facilities/facility-worklist";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { listFacilityWorklist } from "@/lib/data/facilities/list-facility-worklist";
import { isAppError } from "@/lib/errors";
import { idParam } from "@/lib/utils/route-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("facilities"))("worklistTitle") };
}

export default async function FacilityWorklistPage({ params }: PageProps<"/counties/[countyId]/facilities">) {
  const user = await requirePagePermission("facilities:edit");
  const countyId = idParam((await params).countyId);
  if (!countyId) notFound();
  const [{ schoolYear, rows }, t] = await Promise.all([
    listFacilityWorklist(user, countyId).catch((error) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    getTranslations("facilities"),
  ]);
  return (
    <>
      <PageHeader title={t("worklistTitle")} description={t("worklistDescription", { year: schoolYear })} />
      <FacilityWorklistTable rows={rows} schoolYear={schoolYear} />
    </>
  );
}
