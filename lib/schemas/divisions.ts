import { z } from "zod";
import { optionalDay, plainText, requiredId } from "./common";

/** One value or several of a repeated form field, as formDataToObject gives them. */
const list = <Item extends z.ZodType>(item: Item) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));

const countyCode = z.string().regex(/^\d{6}$/, "invalid");

/** The official counties (by code) of the admin's own city to create, with their towns. */
export const setUpCityDivisionsSchema = z.object({
  countyCodes: list(countyCode).pipe(z.array(countyCode).min(1, "pickOne")),
});
export type SetUpCityDivisionsInput = z.infer<typeof setUpCityDivisionsSchema>;

/** A functional zone (开发区/高新区) added by hand, and the towns it takes over from their counties. */
export const createFunctionalZoneSchema = z.object({
  name: plainText().trim().min(1, "required").max(50, "tooLong"),
  nameEn: plainText().trim().max(80, "tooLong"),
  code: z.preprocess((value) => (value === "" ? undefined : value), countyCode.optional()),
  townIds: list(requiredId),
});
export type CreateFunctionalZoneInput = z.infer<typeof createFunctionalZoneSchema>;

/**
 * Towns of the city moved to another of its counties (a functional zone taking them over) with their schools, from
 * `effectiveOn` (without a day: today); the quarters before keep counting the schools in the old county.
 */
export const moveTownsSchema = z.object({
  countyId: requiredId,
  townIds: list(requiredId).pipe(z.array(z.number()).min(1, "pickOne")),
  effectiveOn: optionalDay,
});
export type MoveTownsInput = z.infer<typeof moveTownsSchema>;

const divisionName = plainText().trim().min(1, "required").max(50, "tooLong");

/** A county's official name corrected or changed (a county becoming a district), and its English name. */
export const renameCountySchema = z.object({
  id: requiredId,
  name: divisionName,
  nameEn: plainText().trim().max(80, "tooLong"),
});
export type RenameCountyInput = z.infer<typeof renameCountySchema>;

/** A town's name corrected or changed (a 乡 becoming a 镇 keeps its code). */
export const renameTownSchema = z.object({ id: requiredId, name: divisionName });
export type RenameTownInput = z.infer<typeof renameTownSchema>;

/**
 * A row of the towns' assignment template: the town (placed by the import), the county or zone it belongs to by name
 * or code (the import looks it up among the city's), and the day of the move (empty: the day of the import).
 */
export const townAssignmentSchema = z.object({
  townId: requiredId,
  county: plainText().trim().min(1, "required").max(50, "tooLong"),
  effectiveOn: optionalDay,
});
export type TownAssignmentInput = z.infer<typeof townAssignmentSchema>;
