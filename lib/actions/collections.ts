"use server";

import { openCollectionPeriod } from "@/lib/data/submissions/open-period";
import { saveCollection } from "@/lib/data/collections/save-collection";
import { collectionSchema, openCollectionPeriodSchema } from "@/lib/schemas/collections";
import { defineAction, type Revalidation } from "./builder";

const COLLECTIONS: Revalidation = { path: "/collections", type: "layout" };
const SUBMISSIONS: Revalidation = { path: "/submissions", type: "layout" };

/** Create or edit a collection (调度表); a new one opens its own page. */
export const saveCollectionAction = defineAction({
  name: "saveCollectionAction",
  schema: collectionSchema,
  run: saveCollection,
  revalidate: [COLLECTIONS],
  success: "collections.saved",
  redirect: (result, input) => (input.collectionId ? null : `/collections/${result.collectionId}`),
});

/** Open a period of a collection, due by its deadline rule; every county gets its report task. */
export const openCollectionPeriodAction = defineAction({
  name: "openCollectionPeriodAction",
  schema: openCollectionPeriodSchema,
  run: openCollectionPeriod,
  revalidate: [COLLECTIONS, SUBMISSIONS],
  success: "collections.periodOpened",
});
