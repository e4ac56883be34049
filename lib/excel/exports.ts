import "server-only";
import { requireUser } from "@/lib/auth/session";
import { listFacilityExport } from "@/lib/data/facilities/list-facility-export";
import { listRosterExport } from "@/lib/data/teachers/list-roster-export";
import type { RosterTarget } from "@/lib/schemas/teachers";
import { isoDay } from "@/lib/utils/periods";
import { FACILITY_EXPORT_COLUMNS } from "./facility-sheet";
import { writeSheet } from "./sheet-io";
import { ROSTER_EXPORT_COLUMNS } from "./teacher-roster";
import { downloadOrStatus, xlsxResponse } from "./xlsx-response";

/** GET handler body of the roster downloads (a school's or a county's). */
export async function rosterDownload(target: RosterTarget): Promise<Response> {
  const user = await requireUser();
  return downloadOrStatus(async () => {
    const { label, rows } = await listRosterExport(user, target);
    return xlsxResponse(
      await writeSheet("教师名册", ROSTER_EXPORT_COLUMNS, rows),
      `${label}-教师名册-${isoDay(new Date())}.xlsx`,
    );
  });
}

/** GET handler body of the facility downloads. */
export async function facilityDownload(target: RosterTarget): Promise<Response> {
  const user = await requireUser();
  return downloadOrStatus(async () => {
    const { label, rows } = await listFacilityExport(user, target);
    return xlsxResponse(
      await writeSheet("办学条件", FACILITY_EXPORT_COLUMNS, rows),
      `${label}-办学条件-${isoDay(new Date())}.xlsx`,
    );
  });
}
