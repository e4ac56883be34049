import { z } from "zod";
import { filterId, filterText, pageNumber } from "./common";
import { LocationClass, SchoolLevel } from "@/lib/generated/prisma/enums";
import { isPeerGroup } from "@/lib/indicators/dashboard";
import { MAP_MODES } from "@/lib/maps/map-colours";
import { fairChoiceShape } from "./reports";
import {
  parseQuarterKey,
  quarterKey,
  currentQuarter,
  recentQuarters,
  referenceDateOf,
  type Quarter,
} from "@/lib/utils/periods";

/** Quarters a dashboard can look back on: the current one and the seven before it (the snapshot history). */
export const DASHBOARD_QUARTERS = 8;

const optionalText = z.string().trim().max(64).optional().catch(undefined);

/** The dashboards' query string: every filter is in the URL, so a view can be shared. Bad values fall back. */
export const dashboardFilterSchema = z.object({
  /** The city dashboard: a city of a province user's province, by its 6-digit code */
  city: z
    .string()
    .regex(/^\d{6}$/)
    .optional()
    .catch(undefined),
  period: optionalText,
  group: optionalText.transform((value) => (isPeerGroup(value) ? value : null)),
  // Counts as counted or per school / 100 pupils / teacher, and ranks by kind, enrolment band or rural share (0039)
  ...fairChoiceShape,
  sort: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,63}$/)
    .optional()
    .catch(undefined),
  dir: z.enum(["asc", "desc"]).catch("desc"),
  trend: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,63}$/)
    .optional()
    .catch(undefined),
  /** The indicator the county map is coloured for (the first headline indicator by default) */
  map: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,63}$/)
    .optional()
    .catch(undefined),
  mapBy: z.enum(MAP_MODES).catch("status"),
});
export type DashboardFilter = z.infer<typeof dashboardFilterSchema>;

/** Orders of the county's school table: by town (then school, as the county lists them), by name, or by code. */
export const SCHOOL_TABLE_SORTS = ["town", "name", "code"] as const;

/**
 * The county school table's query string: search (name or code), town, level and urban/rural filters, order and
 * page, all applied by the database. Bad values fall back to no filter, the town order and page 1.
 */
export const schoolTableQuerySchema = z.object({
  q: filterText,
  town: filterId,
  level: z.enum(SchoolLevel).optional().catch(undefined),
  location: z.enum(LocationClass).optional().catch(undefined),
  sort: z.enum(SCHOOL_TABLE_SORTS).catch("town"),
  page: pageNumber,
});
export type SchoolTableQuery = z.infer<typeof schoolTableQuerySchema>;

/** The quarter the dashboard shows and the date its figures are taken on (today for the current quarter). */
export function dashboardPeriod(
  filter: Pick<DashboardFilter, "period">,
  now: Date,
): {
  quarter: Quarter;
  asOf: Date;
  choices: Quarter[];
} {
  const current = currentQuarter(now);
  const choices = recentQuarters(current, DASHBOARD_QUARTERS).reverse();
  const asked = filter.period ? parseQuarterKey(filter.period) : null;
  const quarter = choices.find((q) => asked && quarterKey(q) === quarterKey(asked)) ?? current;
  return {
    quarter,
    asOf: referenceDateOf(quarter, now),
    choices,
  };
}
