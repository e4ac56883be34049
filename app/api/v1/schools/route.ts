import { listSchoolsRoute } from "@/lib/api/routes";

export const GET = listSchoolsRoute.handler;
