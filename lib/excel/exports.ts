import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { listFacilityExport } from "@/lib/data/facilities/list-facility-export";
import { listRosterExport } from "@/lib/data/teachers/list-roster-export";
import type { RosterTarget } from "@/lib/schemas/teachers";
import { businessDay, isoDay } from "@/lib/utils/periods";
import { FACILITY_EXPORT_COLUMNS } from "./facility-sheet";
import { writeSheet } from "./sheet-io";
import { ROSTER_EXPORT_COLUMNS } from "./teacher-roster";
import { downloadOrStatus, xlsxResponse } from "@/lib/utils/download";

/** The roster download of a school or a county as a response (404 outside the user's scope). */
export async function rosterDownload(user: SessionUser, target: RosterTarget): Promise<Response> {
  return downloadOrStatus(async () => {
    const { label, rows } = await listRosterExport(user, target);
    return xlsxResponse(
      await writeSheet("教师名册", ROSTER_EXPORT_COLUMNS, rows),
      `${label}-教师名册-${isoDay(businessDay(new Date()))}.xlsx`,
    );
  });
}

/** The facility records download of a school or a county's schools as a response. */
export async function facilityDownload(user: SessionUser, target: RosterTarget): Promise<Response> {
  return downloadOrStatus(async () => {
    const { label, rows } = await listFacilityExport(user, target);
    return xlsxResponse(
      await writeSheet("办学条件", FACILITY_EXPORT_COLUMNS, rows),
      `${label}-办学条件-${isoDay(businessDay(new Date()))}.xlsx`,
    );
  });
}
