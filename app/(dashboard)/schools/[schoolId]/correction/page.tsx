import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { schoolFormLabels } from "@/components/schools/school-form-labels";
import { SchoolProposalForm } from "@/components/schools/school-proposal-form";
import { SchoolProposalList } from "@/components/schools/school-proposal-list";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/session";
import { getSchoolForProposal } from "@/lib/data/school-proposals/get-school-for-proposal";
import {
  listSchoolProposals,
  SCHOOL_PROPOSAL_PAGE_SIZE,
} from "@/lib/data/school-proposals/list-school-proposals";
import { schoolProposalListQuerySchema } from "@/lib/schemas/school-proposals";
import { idParam } from "@/lib/utils/route-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schoolProposals"))("correctionTitle") };
}

/** 信息更正: a principal proposes corrections of its school's register entry and follows what became of them. */
export default async function SchoolCorrectionPage({
  params,
  searchParams,
}: PageProps<"/schools/[schoolId]/correction">) {
  const user = await requirePagePermission("schools:propose");
  const schoolId = idParam((await params).schoolId);
  const school = schoolId === null ? null : await getSchoolForProposal(user, schoolId);
  if (!school) notFound();
  const query = await searchParams;
  const { page } = schoolProposalListQuerySchema.parse(query);
  const [{ rows, total }, labels, t, tNav] = await Promise.all([
    listSchoolProposals(user, { page, schoolId: school.id }),
    schoolFormLabels(),
    getTranslations("schoolProposals"),
    getTranslations("nav"),
  ]);
  return (
    <>
      <PageHeader
        title={`${t("correctionTitle")} · ${school.name}`}
        description={t("correctionDescription")}
        actions={
          <Link href={`/schools/${school.id}`} className="text-sm text-brand-700 hover:underline">
            {tNav("overview")}
          </Link>
        }
      />
      <div className="space-y-6">
        <Card title={t("formTitle")}>
          {school.isActive ? (
            <SchoolProposalForm school={school} labels={labels} />
          ) : (
            <p className="text-sm text-slate-600">{t("closedSchool")}</p>
          )}
        </Card>
        <section aria-labelledby="proposal-list-title" className="space-y-3">
          <h2 id="proposal-list-title" className="text-base font-semibold text-slate-800">
            {t("listTitle")}
          </h2>
          {rows.length === 0 ? (
            <p className="text-sm text-slate-600">{t("emptyOwn")}</p>
          ) : (
            <>
              <SchoolProposalList rows={rows} viewerId={user.id} canDecide={false} showSchool={false} />
              <Pagination
                path={`/schools/${school.id}/correction`}
                searchParams={query}
                page={page}
                pageSize={SCHOOL_PROPOSAL_PAGE_SIZE}
                total={total}
              />
            </>
          )}
        </section>
      </div>
    </>
  );
}
