import { saveCollectionValuesRoute } from "@/lib/api/routes";

export const POST = saveCollectionValuesRoute.handler;
