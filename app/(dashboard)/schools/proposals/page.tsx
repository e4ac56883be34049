import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SchoolProposalList } from "@/components/schools/school-proposal-list";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/session";
import {
  listSchoolProposals,
  SCHOOL_PROPOSAL_PAGE_SIZE,
} from "@/lib/data/school-proposals/list-school-proposals";
import { schoolProposalListQuerySchema } from "@/lib/schemas/school-proposals";
import type { SearchParams } from "@/lib/utils/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schoolProposals"))("reviewTitle") };
}

/** 更正审核: the county's (city staff: the city's) correction proposals, pending first. */
export default async function SchoolProposalsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("schools:review-proposals");
  const params = await searchParams;
  const { page } = schoolProposalListQuerySchema.parse(params);
  const [{ rows, total, pending }, t, tSchools] = await Promise.all([
    listSchoolProposals(user, { page }),
    getTranslations("schoolProposals"),
    getTranslations("schools"),
  ]);
  return (
    <>
      <PageHeader
        title={t("reviewTitle")}
        description={t("reviewDescription")}
        actions={
          <div className="flex items-center gap-3">
            {pending > 0 && <Badge tone="warning">{t("pendingCount", { count: pending })}</Badge>}
            <Link href="/schools" className="text-sm text-brand-700 hover:underline">
              {tSchools("backToList")}
            </Link>
          </div>
        }
      />
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <>
          <SchoolProposalList rows={rows} viewerId={user.id} canDecide showSchool />
          <Pagination
            path="/schools/proposals"
            searchParams={params}
            page={page}
            pageSize={SCHOOL_PROPOSAL_PAGE_SIZE}
            total={total}
          />
        </>
      )}
    </>
  );
}
