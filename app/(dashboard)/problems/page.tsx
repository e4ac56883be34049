import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ProblemStateBadge } from "@/components/problems/problem-state-badge";
import { buttonClasses, ButtonLink } from "@/components/ui/button";
import { DownloadButton } from "@/components/ui/download-button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { scopeOf } from "@/lib/auth/scope";
import { listProblems, PROBLEM_LIST_PAGE_SIZE } from "@/lib/data/problems/list-problems";
import { listSchoolPlaces } from "@/lib/data/schools/list-school-places";
import { ProblemSource } from "@/lib/generated/prisma/enums";
import { problemListQuerySchema } from "@/lib/schemas/problems";
import { businessDay } from "@/lib/utils/periods";
import { localized } from "@/lib/utils/localized";
import type { SearchParams } from "@/lib/utils/search-params";
import { PROBLEM_STATES, PROBLEM_WORKFLOW } from "@/lib/workflows/problems";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("problems"))("title") };
}

/** 整改台账: the city's ledger for city roles, the county's (its own and its schools' problems) for a county. */
export default async function ProblemLedgerPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePagePermission("problems:view");
  const params = await searchParams;
  const query = problemListQuerySchema.parse(params);
  const isCitywide = scopeOf(user)?.level === "city";
  const [{ rows, total, counts }, counties, t, tCommon, format, locale] = await Promise.all([
    listProblems(user, query),
    isCitywide && can(user.role, "schools:manage") ? listSchoolPlaces(user) : Promise.resolve([]),
    getTranslations("problems"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
  ]);
  const today = businessDay(new Date());
  // The export takes the ledger's filters, not its page.
  const exportHref = `/problems/export?${new URLSearchParams(
    Object.entries({ ...query, page: undefined }).flatMap(([key, value]) =>
      value === undefined ? [] : [[key, String(value)]],
    ),
  ).toString()}`;
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });

  return (
    <>
      <PageHeader
        title={t("title")}
        description={isCitywide ? t("cityDescription") : t("countyDescription")}
        actions={
          <div className="flex gap-2">
            <DownloadButton href={exportHref} className={buttonClasses("secondary")}>
              {t("export")}
            </DownloadButton>
            {can(user.role, "problems:generate") && (
              <ButtonLink href="/problems/generate" variant="secondary">
                {t("generateLink")}
              </ButtonLink>
            )}
            {can(user.role, "problems:create") && <ButtonLink href="/problems/new">{t("new")}</ButtonLink>}
          </div>
        }
      />
      <section aria-label={t("countsTitle")} className="mb-4 flex flex-wrap gap-2">
        {PROBLEM_STATES.map((state) => (
          <Link
            key={state}
            href={`/problems?state=${state}`}
            className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm hover:bg-slate-50"
          >
            <span className="text-slate-600">{t(`states.${state}`)}</span>{" "}
            <span className="font-semibold tabular-nums" data-testid={`count-${state}`}>
              {counts[state]}
            </span>
          </Link>
        ))}
      </section>
      <FilterBar resetHref="/problems" label={t("filters")}>
        <FilterSelect
          id="state"
          label={t("fields.state")}
          value={query.state}
          allLabel={tCommon("all")}
          options={PROBLEM_STATES.map((state) => ({ value: state, label: t(`states.${state}`) }))}
        />
        <FilterSelect
          id="source"
          label={t("fields.source")}
          value={query.source}
          allLabel={tCommon("all")}
          options={Object.values(ProblemSource).map((source) => ({
            value: source,
            label: t(`sources.${source}`),
          }))}
        />
        {counties.length > 0 && (
          <FilterSelect
            id="county"
            label={t("fields.county")}
            value={query.county}
            allLabel={tCommon("all")}
            options={counties.map((county) => ({
              value: county.id,
              label: localized(county, "name", locale),
            }))}
          />
        )}
        <FilterInput
          id="item"
          label={t("fields.itemKey")}
          value={query.item}
          placeholder={t("itemPlaceholder")}
        />
        <FilterSelect
          id="overdue"
          label={t("overdue")}
          value={query.overdue}
          allLabel={tCommon("all")}
          options={[{ value: "yes", label: t("overdueOnly") }]}
        />
      </FilterBar>
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("fields.unit")}</Th>
              <Th>{t("fields.problem")}</Th>
              <Th>{t("fields.source")}</Th>
              <Th>{t("fields.responsibleUnit")}</Th>
              <Th>{t("fields.deadline")}</Th>
              <Th>{t("fields.state")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((problem) => {
              const isOverdue = problem.deadline < today && PROBLEM_WORKFLOW.isIn("open", problem.state);
              return (
                <tr key={problem.id}>
                  <Td className="whitespace-nowrap">
                    {localized(problem.county, "name", locale)}
                    <div className="text-xs text-slate-500">{problem.school?.name ?? t("countyLevel")}</div>
                  </Td>
                  <Td>
                    <Link href={`/problems/${problem.id}`} className="text-brand-700 hover:underline">
                      {problem.description}
                    </Link>
                    <div className="font-mono text-xs text-slate-500">{problem.itemKey}</div>
                  </Td>
                  <Td className="whitespace-nowrap">{t(`sources.${problem.source}`)}</Td>
                  <Td>
                    {problem.responsibleUnit}
                    <div className="text-xs text-slate-500">{problem.responsiblePerson}</div>
                  </Td>
                  <Td className={`whitespace-nowrap ${isOverdue ? "font-medium text-red-700" : ""}`}>
                    {day(problem.deadline)}
                    {isOverdue && <div className="text-xs">{t("overdue")}</div>}
                  </Td>
                  <Td className="whitespace-nowrap">
                    <ProblemStateBadge state={problem.state} />
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <Pagination
        path="/problems"
        searchParams={params}
        page={query.page}
        pageSize={PROBLEM_LIST_PAGE_SIZE}
        total={total}
      />
    </>
  );
}
