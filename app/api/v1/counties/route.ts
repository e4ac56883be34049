import { listCountiesRoute } from "@/lib/api/routes";

export const GET = listCountiesRoute.handler;
