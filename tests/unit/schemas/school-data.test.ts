import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/actions/action-state";
import { facilityValuesSchema } from "@/lib/schemas/facilities";
import { teacherValuesSchema } from "@/lib/schemas/teachers";

const TEACHER = {
  staffNo: "0120026122",
  name: "傅鸿涛",
  gender: "FEMALE",
  birthDate: "1984-03-26",
  highestDegree: "BACHELOR",
  isFullTime: "是",
  subject: "MATH",
  title: "FIRST",
  backboneLevel: "NONE",
  hasTeachingCertificate: "on",
  trainingHours5y: "120",
  hiredOn: "",
};

const FACILITY = {
  schoolYear: "2026",
  enrolmentPreschool: "0",
  enrolmentPrimary: "500",
  enrolmentJunior: "0",
  enrolmentSenior: "0",
  enrolmentSpecial: "0",
  classes: "12",
  largestClassSize: "45",
  classesOverStandardSize: "0",
  buildingArea: "6000",
  teachingAuxArea: "3000.5",
  siteArea: "20000",
  sportsAreaIndoor: "0",
  sportsAreaOutdoor: "4000",
  books: "20000",
  equipmentValue: "1500000.25",
  multimediaClassrooms: "15",
  musicRooms: "1",
  artRooms: "1",
  bandwidthMbps: "1000",
  minClassroomBandwidthMbps: "100",
  hasStudio: "on",
};

const errorKeys = (result: { success: boolean; error?: Parameters<typeof fieldErrorsOf>[0] }) =>
  result.success
    ? {}
    : Object.fromEntries(
        Object.entries(fieldErrorsOf(result.error!)).map(([f, e]) => [f, e.map((x) => x.key)]),
      );

describe("teacher values", () => {
  it("reads form and import cells: 是/on as true, a blank optional date as none", () => {
    const parsed = teacherValuesSchema.parse(TEACHER);
    expect(parsed).toMatchObject({
      isFullTime: true,
      hasTeachingCertificate: true,
      trainingHours5y: 120,
      hiredOn: undefined,
      birthDate: new Date("1984-03-26T00:00:00Z"),
    });
  });

  it("reads days as people write them, and a month alone where the field is one (参加工作日期)", () => {
    expect(
      teacherValuesSchema.parse({ ...TEACHER, birthDate: "1984/3/26", hiredOn: "2007.9" }),
    ).toMatchObject({
      birthDate: new Date("1984-03-26T00:00:00Z"),
      hiredOn: new Date("2007-09-01T00:00:00Z"),
    });
    expect(
      teacherValuesSchema.parse({ ...TEACHER, birthDate: "1984年3月26日", hiredOn: "2007年9月" }),
    ).toMatchObject({
      birthDate: new Date("1984-03-26T00:00:00Z"),
      hiredOn: new Date("2007-09-01T00:00:00Z"),
    });
  });

  it("reports a date in no known form as a field error (the cross-field rule does not run on it)", () => {
    expect(errorKeys(teacherValuesSchema.safeParse({ ...TEACHER, birthDate: "26/03/1984" }))).toEqual({
      birthDate: ["dateFormat"],
    });
    // A month alone is not a day of birth.
    expect(errorKeys(teacherValuesSchema.safeParse({ ...TEACHER, birthDate: "1984.3" }))).toEqual({
      birthDate: ["dateFormat"],
    });
  });

  it("refuses an implausible age and a start of work before 16", () => {
    expect(
      errorKeys(
        teacherValuesSchema.safeParse({ ...TEACHER, birthDate: "1930-01-01", hiredOn: "1935-09-01" }),
      ),
    ).toEqual({ birthDate: ["birthDateImplausible"], hiredOn: ["hiredBeforeAdult"] });
  });
});

describe("facility values", () => {
  it("accepts a consistent record with two-decimal amounts; an unticked checkbox is false", () => {
    const parsed = facilityValuesSchema.parse(FACILITY);
    expect(parsed).toMatchObject({ teachingAuxArea: 3000.5, equipmentValue: 1500000.25, hasStudio: true });
    expect(parsed.hasCanteen).toBe(false);
  });

  it("refuses negative numbers, fractions of rooms and more than two decimals", () => {
    expect(
      errorKeys(
        facilityValuesSchema.safeParse({ ...FACILITY, books: "-1", musicRooms: "1.5", siteArea: "1.234" }),
      ),
    ).toEqual({ books: ["nonNegative"], musicRooms: ["wholeNumber"], siteArea: ["twoDecimals"] });
  });

  it("applies the cross-field rules: teaching area ≤ building area, classroom ≤ school bandwidth, sports ≤ site", () => {
    expect(
      errorKeys(
        facilityValuesSchema.safeParse({
          ...FACILITY,
          teachingAuxArea: "6000.01",
          minClassroomBandwidthMbps: "1001",
          sportsAreaOutdoor: "20001",
          classesOverStandardSize: "13",
        }),
      ),
    ).toEqual({
      teachingAuxArea: ["teachingAreaOverBuilding"],
      minClassroomBandwidthMbps: ["classroomOverSchoolBandwidth"],
      sportsAreaOutdoor: ["outdoorSportsOverSite"],
      classesOverStandardSize: ["overSizeOverClasses"],
    });
  });
});
