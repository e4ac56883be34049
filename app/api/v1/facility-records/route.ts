import { listFacilityRecordsRoute, saveFacilityRecordRoute } from "@/lib/api/routes";

export const GET = listFacilityRecordsRoute.handler;
export const PUT = saveFacilityRecordRoute.handler;
