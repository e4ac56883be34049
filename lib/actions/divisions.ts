"use server";

import { createFunctionalZone } from "@/lib/data/geography/create-functional-zone";
import { setUpCityDivisions } from "@/lib/data/geography/set-up-city-divisions";
import { createFunctionalZoneSchema, setUpCityDivisionsSchema } from "@/lib/schemas/divisions";
import { defineAction, EVERY_PAGE } from "./builder";

// Counties and towns are in every dashboard's breakdown and filter: every page is stale.
export const setUpCityDivisionsAction = defineAction({
  name: "setUpCityDivisionsAction",
  schema: setUpCityDivisionsSchema,
  run: setUpCityDivisions,
  revalidate: [EVERY_PAGE],
  success: ({ countiesCreated, townsCreated }) => ({
    messageKey: "divisions.setUp",
    params: { counties: countiesCreated, towns: townsCreated },
  }),
});

export const createFunctionalZoneAction = defineAction({
  name: "createFunctionalZoneAction",
  schema: createFunctionalZoneSchema,
  run: createFunctionalZone,
  revalidate: [EVERY_PAGE],
  success: (zone) => ({ messageKey: "divisions.zoneCreated", params: { name: zone.name } }),
});
