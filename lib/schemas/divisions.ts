import { z } from "zod";
import { plainText, requiredId } from "./common";

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
