import "server-only";
import { z } from "zod";
import { listCounties, listSchoolUnits, listTowns } from "@/lib/data/geography/list-units";
import { SchoolLevel } from "@/lib/generated/prisma/enums";
import { defineRoute } from "../define-route";
import { pageAnswer, pageOf, pageQuery, pageRequest } from "../pagination";
import { countySchema, queryId, schoolSchema, townSchema } from "../schemas";

export const listCountiesRoute = defineRoute({
  name: "listCounties",
  method: "GET",
  path: "/counties",
  tag: "Hierarchy",
  summary: "Counties in the token's scope (区县)",
  query: z.object({ ...pageQuery }),
  answer: pageAnswer(countySchema),
  csv: ({ items }) => ({
    columns: ["id", "code", "name", "nameEn", "kind", "cityId", "cityCode", "cityName"],
    rows: items.map((c) => [c.id, c.code, c.name, c.nameEn, c.kind, c.city.id, c.city.code, c.city.name]),
  }),
  run: async (user, { query }) => pageOf(await listCounties(user, pageRequest(query)), query.limit),
});

export const listTownsRoute = defineRoute({
  name: "listTowns",
  method: "GET",
  path: "/towns",
  tag: "Hierarchy",
  summary: "Towns (乡镇街道) of the counties in the token's scope",
  query: z.object({ county: queryId.optional().describe("A county's id"), ...pageQuery }),
  answer: pageAnswer(townSchema),
  csv: ({ items }) => ({
    columns: ["id", "code", "name", "kind", "countyId"],
    rows: items.map((t) => [t.id, t.code, t.name, t.kind, t.countyId]),
  }),
  run: async (user, { query }) =>
    pageOf(await listTowns(user, { countyId: query.county }, pageRequest(query)), query.limit),
});

export const listSchoolsRoute = defineRoute({
  name: "listSchools",
  method: "GET",
  path: "/schools",
  tag: "Hierarchy",
  summary: "Schools in the token's scope, with their 学校标识码",
  query: z.object({
    county: queryId.optional(),
    town: queryId.optional(),
    level: z.enum(SchoolLevel).optional(),
    includeClosed: z.enum(["true", "false"]).optional().describe("Closed schools too (default false)"),
    ...pageQuery,
  }),
  answer: pageAnswer(schoolSchema),
  csv: ({ items }) => ({
    columns: [
      "id",
      "code",
      "name",
      "level",
      "ownership",
      "urbanRuralCode",
      "locationClass",
      "isActive",
      "closedOn",
      "countyId",
      "townId",
    ],
    rows: items.map((s) => [
      s.id,
      s.code,
      s.name,
      s.level,
      s.ownership,
      s.urbanRuralCode,
      s.locationClass,
      s.isActive,
      s.closedOn,
      s.countyId,
      s.townId,
    ]),
  }),
  run: async (user, { query }) =>
    pageOf(
      await listSchoolUnits(
        user,
        {
          countyId: query.county,
          townId: query.town,
          level: query.level,
          includeClosed: query.includeClosed === "true",
        },
        pageRequest(query),
      ),
      query.limit,
    ),
});
