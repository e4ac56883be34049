import { listCollectionsRoute } from "@/lib/api/routes";

export const GET = listCollectionsRoute.handler;
