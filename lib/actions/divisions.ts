"use server";

import { createFunctionalZone } from "@/lib/data/geography/create-functional-zone";
import { importTownAssignments } from "@/lib/data/geography/import-town-assignments";
import { moveTowns } from "@/lib/data/geography/move-towns";
import { renameCounty, renameTown } from "@/lib/data/geography/rename-division";
import { setUpCityDivisions } from "@/lib/data/geography/set-up-city-divisions";
import {
  createFunctionalZoneSchema,
  moveTownsSchema,
  renameCountySchema,
  renameTownSchema,
  setUpCityDivisionsSchema,
} from "@/lib/schemas/divisions";
import { defineAction, EVERY_PAGE } from "./builder";
import { scopeImportAction } from "./run-import";

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

export const moveTownsAction = defineAction({
  name: "moveTownsAction",
  schema: moveTownsSchema,
  run: moveTowns,
  revalidate: [EVERY_PAGE],
  success: (moved) => ({ messageKey: "divisions.townsMoved", params: { ...moved } }),
});

export const renameCountyAction = defineAction({
  name: "renameCountyAction",
  schema: renameCountySchema,
  run: renameCounty,
  revalidate: [EVERY_PAGE],
  success: (county) => ({ messageKey: "divisions.countyRenamed", params: { name: county.name } }),
});

export const renameTownAction = defineAction({
  name: "renameTownAction",
  schema: renameTownSchema,
  run: renameTown,
  revalidate: [EVERY_PAGE],
  success: (town) => ({ messageKey: "divisions.townRenamed", params: { name: town.name } }),
});

/** A functional zone's towns by the template (decision 0026): each row a town, its county and the day. */
export const importTownAssignmentsAction = scopeImportAction(
  "importTownAssignmentsAction",
  importTownAssignments,
);
