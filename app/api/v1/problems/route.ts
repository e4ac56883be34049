import { listProblemsRoute } from "@/lib/api/routes";

export const GET = listProblemsRoute.handler;
