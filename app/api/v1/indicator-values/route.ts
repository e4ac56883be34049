import { listIndicatorValuesRoute } from "@/lib/api/routes";

export const GET = listIndicatorValuesRoute.handler;
