import { listIndicatorsRoute } from "@/lib/api/routes";

export const GET = listIndicatorsRoute.handler;
