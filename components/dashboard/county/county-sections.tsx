// The county dashboard's sections. They are the same for every user of one role and scope who opens the county, so
// each is a shared cached section (docs/decisions/0017); on a miss they await the county's shared computation.
import { localized } from "@/lib/utils/localized";
import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { HeadlineCards } from "@/components/dashboard/headline-cards";
import { VerdictBadge } from "@/components/dashboard/verdict-badge";
import { ExportTableButton } from "@/components/reports/export-table-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { beginSharedSection, type SharedSectionKey } from "@/lib/cache/shared-section";
import type { Quarter } from "@/lib/utils/periods";
import { getProjectProgress } from "@/lib/data/dashboard/get-project-progress";
import { getCountyWithSchools } from "@/lib/data/geography/get-places";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import type { SchoolLevel } from "@/lib/generated/prisma/enums";
import { HEADLINE_KEYS } from "@/lib/indicators/dashboard";
import { RESOURCE_RULE } from "@/lib/indicators/formulas/quality-balanced";
import { formatIndicatorNumber } from "@/lib/indicators/format";
import { schoolCompliance, type SchoolCompliance } from "@/lib/indicators/school-compliance";

/** A county section's arguments: plain values, all of them part of its cache key. */
export interface CountyView extends SharedSectionKey {
  countyId: number;
  asOf: Date;
  quarter: Quarter;
  schoolLevel: SchoolLevel | undefined;
  /** Page of the school compliance table, and the dashboard's filter parameters its links keep */
  page: number;
  query: Record<string, string>;
}

/** Schools per page of the compliance table (a county at the benchmark scale has well over a hundred). */
const SCHOOLS_PAGE_SIZE = 30;

async function countyOverview(view: CountyView) {
  const overview = await getIndicatorOverview(view.viewer, view.countyId, view.asOf);
  if (!overview) throw new Error("The county dashboard checks the county's scope before its sections render");
  return overview;
}

export async function CountyHeadlines({ view }: { view: CountyView }) {
  "use cache: shared";
  beginSharedSection(view);
  const overview = await countyOverview(view);
  return <HeadlineCards rows={overview.org.rows} keys={HEADLINE_KEYS} countyId={view.countyId} />;
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
            <Th className="text-right">{t("cvValue")}</Th>
            <Th className="text-right">{t("cvLimit")}</Th>
            <Th>{t("status")}</Th>
            <Th>{t("cvDrivers")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map(({ key, stage, cv, limit, meetsLimit }) => {
            const definition = definitions.get(key);
            return (
              <tr key={`${stage}-${key}`}>
                <Td className="whitespace-nowrap">{tEnums(`stage.${stage}`)}</Td>
                <Td>{definition ? localized(definition, "name", locale) : key}</Td>
                <Td className="text-right tabular-nums">
                  {cv.computable ? formatIndicatorNumber(cv.value, "RATIO", locale) : "—"}
                </Td>
                <Td className="text-right tabular-nums">{limit === null ? "—" : `≤ ${limit}`}</Td>
                <Td>
                  <VerdictBadge
                    verdict={meetsLimit === null ? "not_judgeable" : meetsLimit ? "pass" : "fail"}
                  />
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

function ClassTwoCell({ compliance }: { compliance: SchoolCompliance }) {
  const facility = compliance.facility!;
  if (!facility.classTwo.applies) return <NotApplicable />;
  if (!facility.classTwo.computable) return <NotConfigured />;
  const met = facility.classTwo.items.filter((item) => item.met === true).length;
  return (
    <VerdictBadge verdict={facility.classTwo.verdict} label={`${met}/${facility.classTwo.items.length}`} />
  );
}

function NotApplicable() {
  const t = useTranslations("dashboard");
  return <span className="text-xs text-slate-500">{t("notApplicable")}</span>;
}

function NotConfigured() {
  const t = useTranslations("dashboard");
  return <span className="text-xs text-amber-800">{t("notConfigured")}</span>;
}

export async function CountySchools({ view }: { view: CountyView }) {
  "use cache: shared";
  beginSharedSection(view);
  const [overview, places, t, tEnums, tPlaces] = await Promise.all([
    countyOverview(view),
    getCountyWithSchools(view.viewer, view.countyId),
    getTranslations("dashboard"),
    getTranslations("enums"),
    getTranslations("places"),
  ]);
  const profiles = new Map(overview.schools.map((profile) => [profile.schoolId, profile]));
  const allSchools = (places?.towns ?? []).flatMap((town) =>
    town.schools
      .filter((school) => profiles.has(school.id) && (!view.schoolLevel || school.level === view.schoolLevel))
      .map((school) => ({
        ...school,
        town: town.name,
        isTownSeat: profiles.get(school.id)!.isTownSeat,
        profile: profiles.get(school.id)!,
      })),
  );
  // Judged per page: only the schools shown are checked and rendered.
  const schools = allSchools
    .slice((view.page - 1) * SCHOOLS_PAGE_SIZE, view.page * SCHOOLS_PAGE_SIZE)
    .map(({ profile, ...school }) => ({
      ...school,
      compliance: schoolCompliance(profile, overview.standards),
    }));
  return (
    <Card
      title={t("schoolsTable")}
      actions={
        can(view.viewer.role, "briefings:export") && (
          <ExportTableButton table="school-compliance" quarter={view.quarter} countyId={view.countyId} />
        )
      }
    >
      <p className="mb-3 text-xs text-slate-500">{t("schoolsTableHint", RESOURCE_RULE)}</p>
      {schools.length === 0 ? (
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
            {schools.map((school) => {
              const { compliance } = school;
              const facility = compliance.facility;
              return (
                <tr key={school.id}>
                  <Td>
                    <Link
                      href={`/schools/${school.id}`}
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
                  <Td className="whitespace-nowrap">{school.town}</Td>
                  <Td className="whitespace-nowrap">{tEnums(`schoolLevel.${school.level}`)}</Td>
                  <Td className="whitespace-nowrap">{tEnums(`locationClass.${school.locationClass}`)}</Td>
                  {facility === null ? (
                    <Td colSpan={5}>
                      <Badge tone="warning">{t("noFacilityData")}</Badge>
                    </Td>
                  ) : (
                    <>
                      <Td>
                        <ClassTwoCell compliance={compliance} />
                      </Td>
                      <Td className="whitespace-nowrap">
                        {facility.qualityBalanced.evaluated ? (
                          <span className="flex flex-wrap gap-1">
                            {facility.qualityBalanced.stages.map((stage) => (
                              <VerdictBadge
                                key={stage.stage}
                                verdict={stage.verdict}
                                label={`${tEnums(`stage.${stage.stage}`)} ${stage.metCount}/${stage.items.length}`}
                              />
                            ))}
                          </span>
                        ) : (
                          <span className="text-xs text-slate-500">
                            {facility.qualityBalanced.reason === "under_50_pupils"
                              ? t("under50")
                              : t("noCompulsory")}
                          </span>
                        )}
                      </Td>
                      <Td className="text-right tabular-nums">{compliance.classesOverStandardSize}</Td>
                      <Td>
                        {compliance.isAboveSizeLimit === null ? (
                          <NotApplicable />
                        ) : (
                          <VerdictBadge verdict={compliance.isAboveSizeLimit ? "fail" : "pass"} />
                        )}
                      </Td>
                      <Td>
                        {compliance.isShortOfMusicArtRooms === null ? (
                          <NotApplicable />
                        ) : (
                          <VerdictBadge verdict={compliance.isShortOfMusicArtRooms ? "fail" : "pass"} />
                        )}
                      </Td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <Pagination
        path={`/counties/${view.countyId}`}
        searchParams={view.query}
        page={view.page}
        pageSize={SCHOOLS_PAGE_SIZE}
        total={allSchools.length}
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
