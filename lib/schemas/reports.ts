import { z } from "zod";
import { parseQuarterKey, type Quarter, quarterKey } from "@/lib/utils/periods";
import { optionalId } from "./common";
import {
  isNormalisation,
  isPeerScheme,
  type Normalisation,
  type PeerScheme,
} from "@/lib/indicators/fair-rankings";

/** A quarter as its key, "2026Q3". */
const quarterKeySchema = z.string().transform((key, context) => {
  const quarter = parseQuarterKey(key);
  if (!quarter) {
    context.addIssue({ code: "custom", message: "invalid" });
    return z.NEVER;
  }
  return quarter;
});

/** The query of a briefing or table download: the quarter and, for city users, optionally one county. */
/** Fair rankings' choice in a query string (decision 0039): figures as counted or per a base, and peer groups. */
export const fairChoiceShape = {
  per: z
    .string()
    .optional()
    .catch(undefined)
    .transform((value): Normalisation => (isNormalisation(value) ? value : "raw")),
  peers: z
    .string()
    .optional()
    .catch(undefined)
    .transform((value): PeerScheme => (isPeerScheme(value) ? value : "kind")),
};

export const exportRequestSchema = z.object({
  quarter: quarterKeySchema,
  county: optionalId,
  // The heat table's figures and peer groups as the dashboard shows them; bad values fall back.
  ...fairChoiceShape,
});

/** The heat table's choice of figures and peer groups, which its download keeps */
export interface FairChoice {
  normalisation: Normalisation;
  scheme: PeerScheme;
}

/** The query string `exportRequestSchema` reads back: the download links write it with this. */
export function exportRequestQuery(
  quarter: Quarter,
  countyId: number | null,
  fair?: FairChoice,
): URLSearchParams {
  const query = new URLSearchParams({ quarter: quarterKey(quarter) });
  if (countyId !== null) query.set("county", String(countyId));
  if (fair && fair.normalisation !== "raw") query.set("per", fair.normalisation);
  if (fair && fair.scheme !== "kind") query.set("peers", fair.scheme);
  return query;
}

export const EXPORT_TABLES = ["county-heat", "school-compliance", "submission-board"] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];
export const exportTableSchema = z.enum(EXPORT_TABLES);

/** Each table's name under `reports.tables.` */
export const EXPORT_TABLE_MESSAGE_KEYS: Record<ExportTable, string> = {
  "county-heat": "countyHeat",
  "school-compliance": "schoolCompliance",
  "submission-board": "submissionBoard",
};
