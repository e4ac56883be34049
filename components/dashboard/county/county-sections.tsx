// The county dashboard's sections. They are the same for every user of one role and scope who opens the county, so
// each is a shared cached section (docs/decisions/0017); on a miss they await the county's shared computation.
import { localized } from "@/lib/utils/localized";
import { SampleStandardsNote } from "@/components/indicators/sample-standards-note";
import { usesSampleStandards } from "@/lib/indicators/effective-standards";
import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { HeadlineCards } from "@/components/dashboard/headline-cards";
import { VerdictBadge } from "@/components/dashboard/verdict-badge";
import { ExportTableButton } from "@/components/reports/export-table-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filter-bar";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { beginSharedSection, type SharedSectionKey } from "@/lib/cache/shared-section";
import type { Quarter } from "@/lib/utils/periods";
import { hrefWith } from "@/lib/utils/search-params";
import {
  type ClassTwoCompliance,
  listSchoolCompliance,
  SCHOOLS_PAGE_SIZE,
} from "@/lib/data/briefings/list-school-compliance";
import { getProjectProgress } from "@/lib/data/dashboard/get-project-progress";
import { getCountyWithSchools } from "@/lib/data/geography/get-places";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { LocationClass } from "@/lib/generated/prisma/enums";
import { HEADLINE_KEYS } from "@/lib/indicators/dashboard";
import { RESOURCE_RULE } from "@/lib/indicators/formulas/quality-balanced";
import { formatIndicatorNumber, formatIndicatorValue } from "@/lib/indicators/format";
import { COMPULSORY_LEVELS } from "@/lib/indicators/urban-rural";
import { SCHOOL_TABLE_SORTS, type SchoolTableQuery } from "@/lib/schemas/dashboard";

/** A county section's arguments: plain values, all of them part of its cache key. */
export interface CountyView extends SharedSectionKey {
  countyId: number;
  asOf: Date;
  quarter: Quarter;
  /** The school table's filters, order and page, and the dashboard's parameters its links keep */
  table: SchoolTableQuery;
  query: Record<string, string>;
}

async function countyOverview(view: CountyView) {
  const overview = await getIndicatorOverview(view.viewer, view.countyId, view.asOf);
  if (!overview) throw new Error("The county dashboard checks the county's scope before its sections render");
  return overview;
}

export async function CountyHeadlines({ view }: { view: CountyView }) {
  "use cache: shared";
  beginSharedSection(view);
  const overview = await countyOverview(view);
  return (
    <HeadlineCards
      rows={overview.org.rows}
      keys={HEADLINE_KEYS}
      sampleStandards={usesSampleStandards(overview.thresholds)}
      countyId={view.countyId}
    />
  );
}

/** A coefficient-of-variation limit as the standard writes it (0.50), or a dash when none is configured. */
const cvLimitText = (limit: number | null) => (limit === null ? "—" : limit.toFixed(2));

export async function CountyBalance({ view }: { view: CountyView }) {
  "use cache: shared";
  beginSharedSection(view);
  const { locale } = view;
  const [overview, places, t, tEnums] = await Promise.all([
    countyOverview(view),
    getCountyWithSchools(view.viewer, view.countyId),
    getTranslations("dashboard"),
    getTranslations("enums"),
  ]);
  const names = new Map(
    places?.towns.flatMap((town) => town.schools.map((school) => [school.id, school.name])),
  );
  const definitions = new Map(overview.definitions.map((definition) => [definition.key, definition]));
  const { cvs } = overview.org.computation.qualityBalance;
  const rows = [...cvs.PRIMARY, ...cvs.JUNIOR];
  return (
    <Card title={t("cv")}>
      <p className="mb-3 text-xs text-slate-500">
        {t("cvHint", {
          primary: cvLimitText(overview.standards.cvLimits.PRIMARY),
          junior: cvLimitText(overview.standards.cvLimits.JUNIOR),
        })}
      </p>
      <Table caption={t("cv")}>
        <thead>
          <tr>
            <Th>{t("cvStage")}</Th>
            <Th>{t("cvIndicator")}</Th>
            <Th className="text-right">{t("cvCountyValue")}</Th>
            <Th className="text-right">{t("cvStandard")}</Th>
            <Th className="text-right">{t("cvValue")}</Th>
            <Th className="text-right">{t("cvLimit")}</Th>
            <Th>{t("status")}</Th>
            <Th>{t("cvDrivers")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map(({ key, stage, countyValue, threshold, cv, limit, meetsLimit }) => {
            const definition = definitions.get(key);
            const resource = (value: number) =>
              definition ? formatIndicatorValue(value, definition, locale) : String(value);
            // A county without schools of the stage has nothing to judge there: 不适用, not 无法判断.
            const noStage = countyValue === null;
            return (
              <tr key={`${stage}-${key}`}>
                <Td className="whitespace-nowrap">{tEnums(`stage.${stage}`)}</Td>
                <Td>{definition ? localized(definition, "name", locale) : key}</Td>
                <Td className="text-right tabular-nums">
                  {noStage ? <NotApplicable /> : resource(countyValue)}
                </Td>
                <Td className="text-right tabular-nums">
                  {threshold === null ? <NotConfigured /> : `≥ ${resource(threshold)}`}
                </Td>
                <Td className="text-right tabular-nums">
                  {cv.computable ? formatIndicatorNumber(cv.value, "RATIO", locale) : "—"}
                </Td>
                <Td className="text-right tabular-nums">{limit === null ? "—" : `≤ ${limit}`}</Td>
                <Td>
                  {noStage ? (
                    <NotApplicable />
                  ) : (
                    <VerdictBadge
                      verdict={meetsLimit === null ? "not_judgeable" : meetsLimit ? "pass" : "fail"}
                    />
                  )}
                </Td>
                <Td className="text-xs text-slate-600">
                  {cv.computable &&
                    cv.drivers
                      .slice(0, 2)
                      .map(
                        (driver) =>
                          `${names.get(driver.schoolId) ?? driver.schoolId}（${Math.round(driver.shareOfVariance * 100)}%）`,
                      )
                      .join("、")}
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </Card>
  );
}

function ClassTwoCell({ classTwo }: { classTwo: ClassTwoCompliance }) {
  if (!classTwo.applies) return <NotApplicable />;
  if (!classTwo.computable) return <NotConfigured />;
  const met = classTwo.items.filter((item) => item.met === true).length;
  return <VerdictBadge verdict={classTwo.verdict} label={`${met}/${classTwo.items.length}`} />;
}

function LimitCell({ isOver }: { isOver: boolean | null }) {
  return isOver === null ? <NotApplicable /> : <VerdictBadge verdict={isOver ? "fail" : "pass"} />;
}

function NotApplicable() {
  const t = useTranslations("dashboard");
  return <span className="text-xs text-slate-500">{t("notApplicable")}</span>;
}

function NotConfigured() {
  const t = useTranslations("dashboard");
  return <span className="text-xs text-amber-800">{t("notConfigured")}</span>;
}

const TABLE_LEVELS = ["KINDERGARTEN", ...COMPULSORY_LEVELS] as const;

/** The county's schools against the standards; the database filters, orders and pages them (`view.table`). */
export async function CountySchools({ view }: { view: CountyView }) {
  "use cache: shared";
  beginSharedSection(view);
  const [compliance, places, t, tEnums, tPlaces, tCommon] = await Promise.all([
    listSchoolCompliance(view.viewer, view.countyId, view.asOf, view.table),
    getCountyWithSchools(view.viewer, view.countyId),
    getTranslations("dashboard"),
    getTranslations("enums"),
    getTranslations("places"),
    getTranslations("common"),
  ]);
  if (!compliance)
    throw new Error("The county dashboard checks the county's scope before its sections render");
  const { table } = view;
  const path = `/counties/${view.countyId}`;
  const { period } = view.query;
  return (
    <Card
      title={t("schoolsTable")}
      actions={
        can(view.viewer.role, "briefings:export") && (
          <ExportTableButton table="school-compliance" quarter={view.quarter} countyId={view.countyId} />
        )
      }
    >
      {compliance.usesSampleStandards && (
        <div className="mb-3">
          <SampleStandardsNote />
        </div>
      )}
      <p className="mb-3 text-xs text-slate-500">{t("schoolsTableHint", RESOURCE_RULE)}</p>
      <FilterBar resetHref={hrefWith(path, {}, { period })} label={t("schoolFilters")}>
        {period && <input type="hidden" name="period" value={period} />}
        <FilterInput
          id="q"
          label={tCommon("search")}
          value={table.q}
          placeholder={t("schoolSearchPlaceholder")}
        />
        <FilterSelect
          id="town"
          label={t("columns.town")}
          value={table.town}
          allLabel={tCommon("all")}
          options={(places?.towns ?? []).map((town) => ({ value: town.id, label: town.name }))}
        />
        <FilterSelect
          id="level"
          label={t("schoolLevel")}
          value={table.level}
          allLabel={t("allLevels")}
          options={TABLE_LEVELS.map((level) => ({ value: level, label: tEnums(`schoolLevel.${level}`) }))}
        />
        <FilterSelect
          id="location"
          label={t("columns.location")}
          value={table.location}
          allLabel={tCommon("all")}
          options={Object.values(LocationClass).map((location) => ({
            value: location,
            label: tEnums(`locationClass.${location}`),
          }))}
        />
        <FilterSelect
          id="sort"
          label={t("schoolSort")}
          value={table.sort}
          options={SCHOOL_TABLE_SORTS.map((sort) => ({ value: sort, label: t(`schoolSorts.${sort}`) }))}
        />
      </FilterBar>
      {compliance.rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table caption={t("schoolsTable")}>
          <thead>
            <tr>
              <Th>{t("columns.school")}</Th>
              <Th>{t("columns.town")}</Th>
              <Th>{t("columns.level")}</Th>
              <Th>{t("columns.location")}</Th>
              <Th>{t("columns.classTwo")}</Th>
              <Th>{t("columns.qb")}</Th>
              <Th className="text-right">{t("columns.classSize")}</Th>
              <Th>{t("columns.size")}</Th>
              <Th>{t("columns.musicArt")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {compliance.rows.map((school) => (
              <tr key={school.schoolId}>
                {/* A phone's narrow table would otherwise break a school's name every two characters. */}
                <Td className="min-w-40">
                  <Link
                    href={`/schools/${school.schoolId}`}
                    className="text-brand-700 underline decoration-dotted"
                  >
                    {school.name}
                  </Link>
                  {school.isTownSeat && (
                    <span className="ml-1">
                      <Badge>{tPlaces("townSeat")}</Badge>
                    </span>
                  )}
                </Td>
                <Td className="whitespace-nowrap">{school.townName}</Td>
                <Td className="whitespace-nowrap">{tEnums(`schoolLevel.${school.level}`)}</Td>
                <Td className="whitespace-nowrap">{tEnums(`locationClass.${school.locationClass}`)}</Td>
                {school.classTwo === null || school.qualityBalanced === null ? (
                  <Td colSpan={5}>
                    <Badge tone="warning">{t("noFacilityData")}</Badge>
                  </Td>
                ) : (
                  <>
                    <Td>
                      <ClassTwoCell classTwo={school.classTwo} />
                    </Td>
                    <Td className="whitespace-nowrap">
                      {school.qualityBalanced.evaluated ? (
                        <span className="flex flex-wrap gap-1">
                          {school.qualityBalanced.stages.map((stage) => (
                            <VerdictBadge
                              key={stage.stage}
                              verdict={stage.verdict}
                              label={`${tEnums(`stage.${stage.stage}`)} ${stage.metCount}/${stage.itemCount}`}
                            />
                          ))}
                        </span>
                      ) : (
                        <span className="text-xs text-slate-500">
                          {school.qualityBalanced.reason === "under_50_pupils"
                            ? t("under50")
                            : t("noCompulsory")}
                        </span>
                      )}
                    </Td>
                    <Td className="text-right tabular-nums">{school.classesOverStandardSize}</Td>
                    <Td>
                      <LimitCell isOver={school.isAboveSizeLimit} />
                    </Td>
                    <Td>
                      <LimitCell isOver={school.isShortOfMusicArtRooms} />
                    </Td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination
        path={path}
        searchParams={view.query}
        page={table.page}
        pageSize={SCHOOLS_PAGE_SIZE}
        total={compliance.total}
      />
    </Card>
  );
}

export async function CountyProjects({ view }: { view: CountyView }) {
  "use cache: shared";
  beginSharedSection(view);
  const { locale } = view;
  const [progress, t, tEnums] = await Promise.all([
    getProjectProgress(view.viewer, view.countyId, view.asOf),
    getTranslations("dashboard"),
    getTranslations("enums"),
  ]);
  const statuses = ["PLANNED", "IN_PROGRESS", "COMPLETED", "CANCELLED"] as const;
  return (
    <Card title={t("projects")}>
      {!progress || progress.byCategory.length === 0 ? (
        <EmptyState title={t("projectsEmpty")} />
      ) : (
        <>
          {progress.delayed > 0 && (
            <p className="mb-3 text-sm text-amber-800">
              <span aria-hidden="true">! </span>
              {t("projectsDelayed", { count: progress.delayed })}
            </p>
          )}
          <Table caption={t("projects")}>
            <thead>
              <tr>
                <Th>{t("category")}</Th>
                {statuses.map((status) => (
                  <Th key={status} className="text-right">
                    {tEnums(`projectStatus.${status}`)}
                  </Th>
                ))}
                <Th className="text-right">{t("budget")}</Th>
                <Th className="text-right">{t("spent")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {progress.byCategory.map((row) => (
                <tr key={row.category}>
                  <Td>{tEnums(`projectCategory.${row.category}`)}</Td>
                  {statuses.map((status) => (
                    <Td key={status} className="text-right tabular-nums">
                      {row.counts[status]}
                    </Td>
                  ))}
                  <Td className="text-right tabular-nums">
                    {formatIndicatorNumber(row.budget / 10_000, "DECIMAL", locale)}
                  </Td>
                  <Td className="text-right tabular-nums">
                    {formatIndicatorNumber(row.spent / 10_000, "DECIMAL", locale)}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </Card>
  );
}
