import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import type { listTeachers } from "@/lib/data/teachers/list-teachers";
import { TEACHERS_PAGE_SIZE } from "@/lib/data/teachers/list-teachers";
import { Subject } from "@/lib/generated/prisma/enums";
import { RANKED_OPTIONS } from "@/lib/indicators/rank-order";
import { AGE_BANDS, type TeacherListFilter } from "@/lib/schemas/teachers";
import { isoDay } from "@/lib/utils/periods";
import { hrefWith, type SearchParams } from "@/lib/utils/search-params";

type Roster = Awaited<ReturnType<typeof listTeachers>>;

/** Search, filters, a sortable table and pagination of a school's or a county's roster (all in the query string). */
export async function TeacherRoster({
  path,
  searchParams,
  filter,
  page,
  roster,
  showSchool,
}: {
  path: string;
  searchParams: SearchParams;
  filter: TeacherListFilter;
  page: number;
  roster: Roster;
  showSchool: boolean;
}) {
  const [t, tCommon] = await Promise.all([getTranslations("teachers"), getTranslations("common")]);
  const select = (
    name: keyof TeacherListFilter & string,
    value: string | undefined,
    options: readonly string[],
    label: (v: string) => string,
  ) => (
    <FilterSelect
      id={name}
      label={t(`filters.${name}`)}
      value={value}
      allLabel={tCommon("all")}
      options={options.map((option) => ({ value: option, label: label(option) }))}
    />
  );
  const sortHeader = (sort: TeacherListFilter["sort"], label: string) => {
    const isCurrent = filter.sort === sort;
    const dir = isCurrent && filter.dir === "asc" ? "desc" : "asc";
    return (
      <Th aria-sort={isCurrent ? (filter.dir === "asc" ? "ascending" : "descending") : undefined}>
        <Link
          href={hrefWith(path, searchParams, { sort, dir, page: undefined })}
          scroll={false}
          className="hover:underline"
        >
          {label}
          {isCurrent && (filter.dir === "asc" ? " ▲" : " ▼")}
        </Link>
      </Th>
    );
  };

  return (
    <>
      <FilterBar resetHref={path}>
        <FilterInput id="q" label={tCommon("search")} value={filter.q} placeholder={t("searchPlaceholder")} />
        {(["town", "school"] as const).map((name) => {
          const options = roster.choices[`${name}s`];
          return (
            options.length > 0 && (
              <FilterSelect
                key={name}
                id={name}
                label={t(`filters.${name}`)}
                value={filter[name]}
                allLabel={tCommon("all")}
                options={options.map((place) => ({ value: place.id, label: place.name }))}
              />
            )
          );
        })}
        {select("subject", filter.subject, Object.values(Subject), (v) => t(`enums.subject.${v}`))}
        {select("degree", filter.degree, RANKED_OPTIONS.degree, (v) => t(`enums.degree.${v}`))}
        {select("title", filter.title, RANKED_OPTIONS.title, (v) => t(`enums.title.${v}`))}
        {select("ageBand", filter.ageBand, AGE_BANDS, (v) => t(`ageBands.${v}`))}
        {select("fullTime", filter.fullTime, ["yes", "no"], (v) => tCommon(v))}
        <FilterInput id="on" type="date" label={t("filters.on")} value={isoDay(roster.referenceDate)} />
        <FilterSelect
          id="status"
          label={t("filters.status")}
          value={filter.status}
          options={[
            { value: "current", label: t("statusFilter.current") },
            { value: "left", label: t("statusFilter.left") },
            { value: "all", label: tCommon("all") },
          ]}
        />
      </FilterBar>
      {roster.rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              {sortHeader("staffNo", t("fields.staffNo"))}
              {sortHeader("name", t("fields.name"))}
              {showSchool && <Th>{t("school")}</Th>}
              <Th>{t("fields.gender")}</Th>
              {sortHeader("age", t("age"))}
              {sortHeader("degree", t("fields.highestDegree"))}
              <Th>{t("fields.subject")}</Th>
              {sortHeader("title", t("fields.title"))}
              <Th>{t("fields.isFullTime")}</Th>
              <Th>{t("statusLabel")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {roster.rows.map((row) => (
              <tr key={row.id}>
                <Td className="font-mono text-xs">{row.staffNo}</Td>
                <Td>
                  <Link
                    href={`/schools/${row.school.id}/teachers/${row.id}`}
                    className="text-brand-700 hover:underline"
                  >
                    {row.name}
                  </Link>
                  {row.post && (
                    <span className="ml-1">
                      <Badge tone="info">{t(`enums.post.${row.post}`)}</Badge>
                    </span>
                  )}
                </Td>
                {showSchool && (
                  <Td>
                    <Link href={`/schools/${row.school.id}/teachers`} className="hover:underline">
                      {row.school.name}
                    </Link>
                  </Td>
                )}
                <Td>{t(`enums.gender.${row.gender}`)}</Td>
                <Td className="tabular-nums">{row.age}</Td>
                <Td>{t(`enums.degree.${row.highestDegree}`)}</Td>
                <Td>{t(`enums.subject.${row.subject}`)}</Td>
                <Td>{t(`enums.title.${row.title}`)}</Td>
                <Td>{row.isFullTime ? tCommon("yes") : tCommon("no")}</Td>
                <Td>
                  <Badge tone={row.status === "ACTIVE" ? "success" : "neutral"}>
                    {t(`enums.status.${row.status}`)}
                  </Badge>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <p className="mt-2 text-xs text-slate-500">{t("agesOn", { date: isoDay(roster.referenceDate) })}</p>
      <Pagination
        path={path}
        searchParams={searchParams}
        page={page}
        pageSize={TEACHERS_PAGE_SIZE}
        total={roster.total}
      />
    </>
  );
}
