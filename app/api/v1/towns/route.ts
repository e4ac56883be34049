import { listTownsRoute } from "@/lib/api/routes";

export const GET = listTownsRoute.handler;
