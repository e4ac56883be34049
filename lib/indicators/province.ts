// The province's figures from its cities' (docs/decisions/0038). Pure: the data layer gathers the cities' figures.
import type { IndicatorDefinitionView, OrgValue } from "./indicator-rows";
import { rollUpReported } from "./reported";
import type { HistoryPoint } from "./status";
import type { Quarter } from "@/lib/utils/periods";

/**
 * The province's figure of each indicator in each quarter: its cities' figures of that quarter rolled up as a city
 * rolls up its counties' reported figures (the indicator's cityRollUp: a count sums, a share or ratio is the mean
 * of the cities'), with the cities as the units (docs/decisions/0038). Pure over the cities' histories.
 */
export function rollUpCities(
  definitions: readonly IndicatorDefinitionView[],
  cityHistories: readonly Map<string, HistoryPoint[]>[],
  quarters: readonly Quarter[],
): { values: Map<string, OrgValue>; history: Map<string, HistoryPoint[]> } {
  const values = new Map<string, OrgValue>();
  const history = new Map<string, HistoryPoint[]>();
  for (const definition of definitions) {
    const points: HistoryPoint[] = [];
    for (const quarter of quarters) {
      const cityValues = cityHistories.flatMap((cityHistory) =>
        (cityHistory.get(definition.key) ?? [])
          .filter((point) => point.year === quarter.year && point.quarter === quarter.quarter)
          .map((point) => point.value),
      );
      const result = rollUpReported(definition.cityRollUp, cityValues);
      if (!result.computable) continue;
      points.push({ ...quarter, value: result.value });
      values.set(definition.key, {
        result,
        quarter,
        coverage: { reporting: cityValues.length, total: cityHistories.length },
      });
    }
    if (points.length > 0) history.set(definition.key, points);
  }
  return { values, history };
}

/**
 * A province's targets where the province has not set its own (decision 0041): the programme's default for what passes down as it is (a
 * share, a ratio: the mean of the cities'), and none for a count or an amount, whose programme default is sized
 * for one city and would misjudge a province's total (docs/decisions/0034, 0038).
 */
export function provinceDefinitions(
  definitions: readonly IndicatorDefinitionView[],
): IndicatorDefinitionView[] {
  return definitions.map((definition) =>
    definition.cityRollUp === "SUM"
      ? { ...definition, defaultTarget: null, defaultDeadlineYear: null }
      : definition,
  );
}

/** A unit's bases (lib/indicators/fair-rankings.ts UnitBases): what splits, weights and size bands count. */
interface Bases {
  schools: number;
  enrolment: number;
  teachers: number;
  ruralSchools: number;
}

/**
 * Each city's bases as the sum of its counties' (pupils, open schools, counted teachers and rural schools all add
 * up), in the order of `cities`; a city without counties has zero bases. Pure: the data layer loads the counties'.
 */
export function sumBasesByCity<City extends { id: number }>(
  cities: readonly City[],
  counties: readonly { cityId: number; bases: Bases }[],
): (City & { bases: Bases })[] {
  const sums = new Map<number, Bases>(
    cities.map((city) => [city.id, { schools: 0, enrolment: 0, teachers: 0, ruralSchools: 0 }]),
  );
  for (const county of counties) {
    const sum = sums.get(county.cityId);
    if (!sum) continue;
    sum.schools += county.bases.schools;
    sum.enrolment += county.bases.enrolment;
    sum.teachers += county.bases.teachers;
    sum.ruralSchools += county.bases.ruralSchools;
  }
  return cities.map((city) => ({ ...city, bases: sums.get(city.id)! }));
}
