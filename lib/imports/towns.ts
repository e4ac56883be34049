// The towns a town-placed import (the school register) may name: by the 9-digit statistical town code, or by name
// when no other town of the scope has that name. Pure, so the import and the export judge a town the same way.
import { normalizeLabel } from "./spec";

export interface ImportTown {
  id: number;
  /** 9-digit 统计用区划代码 of the town, where known */
  code: string | null;
  name: string;
  countyId: number;
  cityId: number;
}

export interface TownIndex {
  byCode: ReadonlyMap<string, ImportTown>;
  /** Normalized name → its town, or the towns sharing it (a name two counties both have names neither) */
  byName: ReadonlyMap<string, ImportTown | readonly ImportTown[]>;
}

export function indexTowns(towns: readonly ImportTown[]): TownIndex {
  const byCode = new Map<string, ImportTown>();
  const byName = new Map<string, ImportTown | ImportTown[]>();
  for (const town of towns) {
    if (town.code) byCode.set(town.code, town);
    const key = normalizeLabel(town.name);
    const other = byName.get(key);
    byName.set(key, other === undefined ? town : [...(Array.isArray(other) ? other : [other]), town]);
  }
  return { byCode, byName };
}

export type TownLookup =
  { town: ImportTown } | { problem: "townOutsideImport" } | { problem: "townAmbiguous"; codes: string };

/**
 * The town a cell names: its 9-digit code (or the 12-digit form, which ends in 000), or its name. A name shared by
 * two towns of the scope is ambiguous, and the message lists their codes to write instead.
 */
export function lookUpTown(index: TownIndex, text: string): TownLookup {
  const cell = text.normalize("NFKC").trim();
  const code = /^\d{12}$/.test(cell) && cell.endsWith("000") ? cell.slice(0, 9) : cell;
  const byCode = index.byCode.get(code);
  if (byCode) return { town: byCode };
  const byName = index.byName.get(normalizeLabel(cell));
  if (byName === undefined) return { problem: "townOutsideImport" };
  if (!Array.isArray(byName)) return { town: byName as ImportTown };
  const codes = byName.map((town: ImportTown) => town.code ?? "—").join("、");
  return { problem: "townAmbiguous", codes };
}

/** How an export names a town so that the import reads it back: its name, or its code where the name is shared. */
export function townCell(index: TownIndex, town: ImportTown): string {
  const named = index.byName.get(normalizeLabel(town.name));
  return Array.isArray(named) && town.code ? town.code : town.name;
}
