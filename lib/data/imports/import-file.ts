import "server-only";
import type { z } from "zod";
import type { AuditEntity } from "@/lib/audit/entities";
import { assertCan, type Permission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { loadScopedPlace, type ScopedPlace } from "@/lib/data/geography/load-scoped-place";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  type ImportScope,
  type ImportWriter,
  readAndWrite,
  type UploadedSheet,
} from "@/lib/imports/pipeline";
import type { ImportOutcome, ImportRowError } from "@/lib/imports/result";
import type { ImportDefinition, PlacedRecord } from "@/lib/imports/spec";
import type { PlaceTarget } from "@/lib/schemas/places";

/** The scope an import writes into, as its transaction checked it: a school, a county, or a whole city. */
export type CheckedScope = ImportScope & { id: number };

/** What the data layer adds to an import's spec: who may run it, where its records go, what the audit calls it. */
export interface DataImport<Schema extends z.ZodObject, Scope extends CheckedScope = ScopedPlace> {
  definition: ImportDefinition<Schema>;
  permission: Permission;
  auditEntity: AuditEntity;
  writer: (
    tx: Prisma.TransactionClient,
    place: Scope,
    user: SessionUser,
  ) => ImportWriter<PlacedRecord<z.output<Schema>>>;
}

/** Thrown inside the transaction to roll it back when a row is invalid: nothing of the file is kept. */
class RejectedImport extends Error {
  constructor(readonly errors: ImportRowError[]) {
    super("Import rejected");
  }
}

/**
 * Runs an import all or nothing, in one transaction: the school or county is checked against the user's scope
 * and its schools locked inside it, the file is read, validated and written chunk by chunk (lib/imports/pipeline),
 * and one audit record names the file and its counts. Any invalid row rolls back whatever was written.
 */
export function importFile<Schema extends z.ZodObject>(
  user: SessionUser,
  dataImport: DataImport<Schema>,
  target: PlaceTarget,
  file: UploadedSheet,
): Promise<ImportOutcome> {
  // The scope first: a forged id is NOT_FOUND whatever the file holds, and the schools checked here cannot change
  // before the rows are written.
  return importIntoScope(
    user,
    dataImport,
    (tx) => loadScopedPlace(tx, user, target, { lockSchools: true }),
    file,
  );
}

/**
 * importFile for an import whose scope is not one school or county (the school register's: the user's towns):
 * `loadScope` checks and locks it inside the transaction, before the file is read.
 */
export async function importIntoScope<Schema extends z.ZodObject, Scope extends CheckedScope>(
  user: SessionUser,
  dataImport: DataImport<Schema, Scope>,
  loadScope: (tx: Prisma.TransactionClient) => Promise<Scope>,
  file: UploadedSheet,
): Promise<ImportOutcome> {
  assertCan(user, dataImport.permission);
  try {
    return await db().$transaction(
      async (tx) => {
        const place = await loadScope(tx);
        const { definition, writer } = dataImport;
        const outcome = await readAndWrite(definition, file, place, writer(tx, place, user));
        if (outcome.status === "invalid") throw new RejectedImport(outcome.errors);
        await recordAudit(tx, user, {
          action: "import",
          entity: dataImport.auditEntity,
          entityId: `${place.kind}:${place.id}`,
          after: { fileName: file.name, ...outcome.summary },
        });
        return outcome;
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (error instanceof RejectedImport) return { status: "invalid", errors: error.errors };
    throw error;
  }
}
