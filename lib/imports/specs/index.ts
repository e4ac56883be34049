import { FACILITY_IMPORT } from "./facilities";
import { ROSTER_IMPORT } from "./roster";
import { SCHOOL_IMPORT } from "./schools";
import { TOWN_ASSIGNMENT_IMPORT } from "./towns";

/** Every import by its kind (the segment of its template's URL, /imports/templates/<kind>). */
export const IMPORTS = {
  roster: ROSTER_IMPORT,
  facilities: FACILITY_IMPORT,
  schools: SCHOOL_IMPORT,
  towns: TOWN_ASSIGNMENT_IMPORT,
} as const;
