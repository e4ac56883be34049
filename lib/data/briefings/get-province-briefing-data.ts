import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityScopeWhere, scopeOf } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { getProvinceOverview } from "@/lib/data/indicators/get-province-overview";
import { unsafeLoadCityBases } from "@/lib/data/targets/load-city-bases";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toEffectiveStandards } from "@/lib/indicators/effective-standards";
import { isFutureQuarter, type Quarter, referenceDateOf } from "@/lib/utils/periods";
import { summariseFindingCounts } from "@/lib/workflows/verification";
import type { BriefingData } from "./get-briefing-data";

/**
 * Everything the quarter's briefing of the user's province says, in the shape of a city's briefing (so one composer
 * and one document serve both): the province's figures rolled up over its cities and the cities one level down, as
 * the province dashboard shows them, the cities' bases (their enrolment bands beside the ranks), and what sampled
 * verification found across the cities. No submission board and no problem ledger: the province reads neither
 * (decision 0038). Null unless the user's scope is a province, so a city user never gets one.
 */
export async function getProvinceBriefingData(
  user: SessionUser,
  options: { quarter: Quarter; now?: Date },
): Promise<BriefingData | null> {
  assertCan(user, "briefings:export");
  if (scopeOf(user)?.level !== "province") return null;
  const now = options.now ?? new Date();
  if (isFutureQuarter(options.quarter, now))
    throw new AppError("VALIDATION", { log: "a briefing of a future quarter" });
  const asOf = referenceDateOf(options.quarter, now);
  const overview = await getProvinceOverview(user, asOf);
  if (!overview || overview.children.length === 0) return null;
  const client = db();
  const [bases, findings] = await Promise.all([
    unsafeLoadCityBases(
      client,
      overview.children.map((city) => city.id),
      asOf,
    ),
    client.verificationItem.groupBy({
      by: ["finding"],
      // Security: the samples of the province's own cities only (a count, as every city briefing reader has).
      where: {
        sample: {
          city: cityScopeWhere(user),
          period: { year: options.quarter.year, quarter: options.quarter.quarter },
        },
      },
      _count: { _all: true },
    }),
  ]);
  const first = overview.children[0]!;
  return {
    level: "province",
    quarter: options.quarter,
    asOf,
    overview: {
      asOf,
      currentQuarter: overview.currentQuarter,
      definitions: overview.definitions,
      thresholds: overview.thresholds,
      // The province has no standards of its own: each city is judged against its own (the composer reads none).
      standards: toEffectiveStandards([]),
      schools: [],
      cityName: overview.province,
      org: {
        // The province's own row: its figures rolled up over its cities (lib/indicators/province.ts).
        level: "city",
        id: overview.province.id,
        code: overview.province.code,
        name: overview.province.name,
        nameEn: overview.province.nameEn,
        rows: overview.rows,
        computation: {
          ...first.computation,
          results: {},
          schoolsWithoutFacilityData: overview.children.reduce(
            (sum, city) => sum + city.computation.schoolsWithoutFacilityData,
            0,
          ),
        },
      },
      children: overview.children,
    },
    submissions: null,
    schools: null,
    problems: null,
    bases: new Map(bases.map((city) => [city.cityId, city.bases])),
    verification: summariseFindingCounts(
      findings.map((group) => ({ finding: group.finding, count: group._count._all })),
    ),
    // Custom items are a city's own (decision 0047): the province's briefing rolls up catalogue indicators only.
    customItems: null,
  };
}
