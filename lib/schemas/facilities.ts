import { z } from "zod";
import { formFlag as flag, numberInput, recordVersion, requiredId, typedNumber } from "./common";

// Plausible upper bounds: far above any real school, low enough to catch a misplaced digit or a value in the wrong unit.
// Every field is required: an empty one is not 0 (a school with no music room types 0).
const count = (max: number) =>
  numberInput(typedNumber().int("wholeNumber").min(0, "nonNegative").max(max, "tooLarge"));
const amount = (max: number) =>
  numberInput(typedNumber().min(0, "nonNegative").max(max, "tooLarge").multipleOf(0.01, "twoDecimals"));
/** Every input field of a facility record, with its unit (the form and the import template show it). */
export const FACILITY_FIELDS = {
  enrolmentPreschool: { schema: count(5_000), unit: "pupils" },
  enrolmentPrimary: { schema: count(10_000), unit: "pupils" },
  enrolmentJunior: { schema: count(10_000), unit: "pupils" },
  enrolmentSenior: { schema: count(10_000), unit: "pupils" },
  enrolmentSpecial: { schema: count(2_000), unit: "pupils" },
  classes: { schema: count(300), unit: "classes" },
  largestClassSize: { schema: count(120), unit: "pupils" },
  classesOverStandardSize: { schema: count(300), unit: "classes" },
  buildingArea: { schema: amount(1_000_000), unit: "m2" },
  teachingAuxArea: { schema: amount(1_000_000), unit: "m2" },
  siteArea: { schema: amount(5_000_000), unit: "m2" },
  sportsAreaIndoor: { schema: amount(1_000_000), unit: "m2" },
  sportsAreaOutdoor: { schema: amount(5_000_000), unit: "m2" },
  books: { schema: count(10_000_000), unit: "volumes" },
  equipmentValue: { schema: amount(10_000_000_000), unit: "cny" },
  multimediaClassrooms: { schema: count(1_000), unit: "rooms" },
  musicRooms: { schema: count(100), unit: "rooms" },
  artRooms: { schema: count(100), unit: "rooms" },
  bandwidthMbps: { schema: count(100_000), unit: "mbps" },
  minClassroomBandwidthMbps: { schema: count(100_000), unit: "mbps" },
  hasStudio: { schema: flag, unit: null },
  hasCanteen: { schema: flag, unit: null },
  hasLaborSite: { schema: flag, unit: null },
  hasSpecialEdResourceRoom: { schema: flag, unit: null },
} as const;

export type FacilityField = keyof typeof FACILITY_FIELDS;
export const FACILITY_FIELD_NAMES = Object.keys(FACILITY_FIELDS) as FacilityField[];
export const FACILITY_NUMBER_FIELDS = FACILITY_FIELD_NAMES.filter(
  (field) => FACILITY_FIELDS[field].unit !== null,
);
export const FACILITY_FLAG_FIELDS = FACILITY_FIELD_NAMES.filter(
  (field) => FACILITY_FIELDS[field].unit === null,
);

const facilityValuesShape = Object.fromEntries(
  FACILITY_FIELD_NAMES.map((field) => [field, FACILITY_FIELDS[field].schema]),
) as { [Field in FacilityField]: (typeof FACILITY_FIELDS)[Field]["schema"] };

const MIN_SCHOOL_YEAR = 2000;
const MAX_SCHOOL_YEAR = 2100;
export const schoolYearSchema = numberInput(
  z
    .number({ error: "invalid" })
    .int("invalid")
    .min(MIN_SCHOOL_YEAR, "invalid")
    .max(MAX_SCHOOL_YEAR, "invalid"),
);

const facilityValuesObject = z.object({ schoolYear: schoolYearSchema, ...facilityValuesShape });

/** The cross-field rules a real school cannot break. */
function checkFacilityConsistency(values: z.infer<typeof facilityValuesObject>, context: z.RefinementCtx) {
  const rule = (isBroken: boolean, path: FacilityField, message: string) => {
    if (isBroken) context.addIssue({ code: "custom", path: [path], message });
  };
  // 教学及辅助用房 and indoor sports halls are parts of the school's buildings; the outdoor ground lies on its site.
  rule(values.teachingAuxArea > values.buildingArea, "teachingAuxArea", "teachingAreaOverBuilding");
  rule(values.sportsAreaIndoor > values.buildingArea, "sportsAreaIndoor", "indoorSportsOverBuilding");
  rule(values.sportsAreaOutdoor > values.siteArea, "sportsAreaOutdoor", "outdoorSportsOverSite");
  rule(
    values.minClassroomBandwidthMbps > values.bandwidthMbps,
    "minClassroomBandwidthMbps",
    "classroomOverSchoolBandwidth",
  );
  rule(values.classesOverStandardSize > values.classes, "classesOverStandardSize", "overSizeOverClasses");
  const pupils =
    values.enrolmentPreschool +
    values.enrolmentPrimary +
    values.enrolmentJunior +
    values.enrolmentSenior +
    values.enrolmentSpecial;
  rule(pupils > 0 && values.classes === 0, "classes", "classesNeeded");
  rule(values.largestClassSize > pupils, "largestClassSize", "classOverEnrolment");
}

/** The facility values of one school year (a row of the import file). */
export const facilityValuesSchema = facilityValuesObject.superRefine(checkFacilityConsistency);
export type FacilityValues = z.infer<typeof facilityValuesSchema>;

/**
 * The facility form: the values plus the school they belong to (a bound id is client input too), the version of
 * the record it was opened at, and whether the user confirmed the values that moved far from the previous record.
 */
export const saveFacilityRecordSchema = facilityValuesObject
  .extend({
    schoolId: requiredId,
    version: recordVersion,
    /** The user checked the values that moved far from the previous record (largeFacilityChanges) */
    confirmLargeChanges: flag,
  })
  .superRefine(checkFacilityConsistency);
export type SaveFacilityRecordInput = z.infer<typeof saveFacilityRecordSchema>;
