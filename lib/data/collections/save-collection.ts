import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { ownCityId } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import { canRollUp } from "@/lib/indicators/school-roll-up";
import type { CollectionInput } from "@/lib/schemas/collections";
import { NO_RECORD_VERSION } from "@/lib/schemas/common";

/**
 * Creates or edits a collection (调度表) of the user's city (decision 0044): its name, period type, deadline rule and
 * items. Catalogue items must be reported indicators; custom items become the city's own indicator definitions
 * (kind CUSTOM), so values, trends and dashboards treat them like catalogue indicators. Editing names the version
 * it read (decision 0023). Turning the schedule on makes the user the one its openings act as (decision 0051). The quarterly report follows the catalogue and is not edited here.
 */
export async function saveCollection(user: SessionUser, input: CollectionInput) {
  assertCan(user, "periods:manage");
  const cityId = ownCityId(user);
  return db().$transaction(async (tx) => {
    const before = input.collectionId
      ? await tx.collection.findFirst({
          where: { id: input.collectionId, cityId },
          include: { items: { select: { indicatorKey: true, noteRequired: true, rollsUp: true } } },
        })
      : null;
    if (input.collectionId && !before) throw notFoundError();
    if (before?.isQuarterlyReport)
      throw new AppError("INVALID_STATE", { messageKey: "collections.quarterlyBuiltIn" });
    const catalogue = await tx.indicatorDefinition.findMany({
      where: { key: { in: input.indicatorKeys }, kind: "REPORTED" },
      select: { key: true, valueType: true },
    });
    if (catalogue.length !== input.indicatorKeys.length)
      throw new AppError("VALIDATION", { messageKey: "collections.unknownIndicator" });
    // Only a count or an amount adds up from the schools (decision 0046); a catalogue item is checked here, where
    // its value type is known.
    const summable = new Set(catalogue.filter((row) => canRollUp(row.valueType)).map((row) => row.key));
    if (input.rollUpKeys.some((key) => !summable.has(key)))
      throw new AppError("VALIDATION", { messageKey: "collections.notSummable" });
    // Who reports is fixed once a period was opened: its returns, or its counties' reports, already exist.
    if (
      before &&
      (before.reporterLevel !== input.reporterLevel ||
        [...before.schoolLevels].sort().join() !== [...input.schoolLevels].sort().join()) &&
      (await tx.reportingPeriod.count({ where: { collectionId: before.id } })) > 0
    )
      throw new AppError("INVALID_STATE", { messageKey: "collections.reportersFixed" });
    const clash = await tx.collection.findFirst({
      where: { cityId, nameZh: input.nameZh, ...(before ? { id: { not: before.id } } : {}) },
      select: { id: true },
    });
    if (clash) throw new AppError("CONFLICT", { messageKey: "collections.nameTaken" });

    const fields = {
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      periodType: input.periodType,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      deadlineKind: input.deadlineKind,
      deadlineDays: input.deadlineDays,
      reporterLevel: input.reporterLevel,
      schoolLevels: input.schoolLevels,
      // The schedule opens periods as the member of staff who turned it on, and stays theirs while it is on.
      opensOnSchedule: input.opensOnSchedule,
      scheduleOwnerId: input.opensOnSchedule
        ? before?.opensOnSchedule
          ? before.scheduleOwnerId
          : user.id
        : null,
    };
    let collectionId: number;
    if (before) {
      const { count } = await tx.collection.updateMany({
        where: { id: before.id, version: input.version },
        data: { ...fields, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError("STALE_VERSION", { messageKey: "collections.stale" });
      collectionId = before.id;
    } else {
      if (input.version !== NO_RECORD_VERSION) throw new AppError("STALE_VERSION");
      collectionId = (await tx.collection.create({ data: { cityId, ...fields }, select: { id: true } })).id;
    }

    // Custom items: an existing one is edited in place (its key, and so its values, stay); a new one gets a key
    // of its collection. A key that is not one of this collection's custom items is refused.
    const ownCustom = new Set(
      (
        await tx.indicatorDefinition.findMany({
          where: { kind: "CUSTOM", cityId, collectionItems: { some: { collectionId } } },
          select: { key: true },
        })
      ).map((row) => row.key),
    );
    const customKeys: string[] = [];
    let next =
      (await tx.indicatorDefinition.count({ where: { key: { startsWith: `c${collectionId}_` } } })) + 1;
    for (const item of input.custom) {
      const definition = {
        nameZh: item.nameZh,
        nameEn: item.nameEn,
        unit: item.unit,
        unitEn: item.unit,
        valueType: item.valueType,
        minValue: item.min ?? null,
        maxValue: item.max ?? null,
      };
      if (item.key) {
        if (!ownCustom.has(item.key))
          throw new AppError("VALIDATION", { messageKey: "collections.unknownIndicator" });
        await tx.indicatorDefinition.update({ where: { key: item.key }, data: definition });
        customKeys.push(item.key);
        continue;
      }
      const key = `c${collectionId}_${next}`;
      next += 1;
      await tx.indicatorDefinition.create({
        data: {
          key,
          ...definition,
          cityId,
          kind: "CUSTOM",
          theme: "custom",
          direction: "AT_LEAST",
          levels: input.reporterLevel === "SCHOOL" ? ["SCHOOL", "COUNTY"] : ["COUNTY"],
          definitionZh: item.nameZh,
          definitionEn: item.nameEn,
          policySource: input.nameZh,
          catalogueVersion: 0,
        },
      });
      customKeys.push(key);
    }
    const noteRequired = new Set(input.noteRequiredKeys);
    const rollsUp = new Set(input.rollUpKeys);
    const items = [
      ...input.indicatorKeys.map((key) => ({
        key,
        noteRequired: noteRequired.has(key),
        rollsUp: rollsUp.has(key),
      })),
      ...input.custom.map((item, index) => ({
        key: customKeys[index]!,
        noteRequired: item.noteRequired,
        rollsUp: item.rollsUp,
      })),
    ];
    await tx.collectionItem.deleteMany({ where: { collectionId } });
    await tx.collectionItem.createMany({
      data: items.map((item, sortOrder) => ({
        collectionId,
        indicatorKey: item.key,
        noteRequired: item.noteRequired,
        rollsUp: item.rollsUp,
        sortOrder,
      })),
    });
    await recordAudit(tx, user, {
      action: before ? "update" : "create",
      entity: "collection",
      entityId: collectionId,
      before: before ?? undefined,
      after: { ...fields, items },
    });
    return { collectionId };
  });
}
