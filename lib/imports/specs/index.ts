import { FACILITY_IMPORT } from "./facilities";
import { ROSTER_IMPORT } from "./roster";

/** Every import by its kind (the segment of its template's URL, /imports/templates/<kind>). */
export const IMPORTS = { roster: ROSTER_IMPORT, facilities: FACILITY_IMPORT } as const;
