import "server-only";
import { isAuditEntity, type AuditEntity } from "@/lib/audit/entities";
import type { DbClient } from "@/lib/db";
import { PERIOD_NAME_FIELDS } from "@/lib/data/submissions/submission-access";
import { periodLabel, quarterOfPeriod, type PeriodName } from "@/lib/utils/reporting-periods";

/**
 * What an audit record is about: a name in both languages (most are the same in both) and, where the name alone does
 * not say which one, the quarter, school year or deadline year the page words beside it.
 */
export interface AuditSubjectName {
  name: string;
  nameEn: string;
  quarter?: { year: number; quarter: number };
  schoolYear?: number;
  deadlineYear?: number;
}

const same = (name: string): AuditSubjectName => ({ name, nameEn: name });

/**
 * Where the record's subject lives. An import is recorded under the entity it writes with its target, "school:12",
 * "county:3" or "city:1", as the id.
 */
function subjectOf(entity: string, entityId: string): { kind: AuditEntity; id: number } | null {
  const [, place, placeId] = /^(school|county|city):(\d+)$/.exec(entityId) ?? [];
  // A city is named by the loader of its settings, the one entity keyed by the city.
  if (place && placeId)
    return { kind: place === "city" ? "city_settings" : (place as AuditEntity), id: Number(placeId) };
  if (!isAuditEntity(entity) || !/^\d{1,10}$/.test(entityId)) return null;
  return { kind: entity, id: Number(entityId) };
}

/** A quarter is named by the page's words for it, beside an empty name. */
async function periodNames(client: DbClient, ids: number[]): Promise<[number, AuditSubjectName][]> {
  const periods = await client.reportingPeriod.findMany({
    where: { id: { in: ids } },
    select: { id: true, quarter: true, ...PERIOD_NAME_FIELDS },
  });
  return periods.map((period) => [period.id, periodSubject(period, same(""))]);
}

/** The quarterly report's quarter by the page's words for it; another collection's period by its label. */
function periodSubject(
  period: PeriodName & { quarter: number | null },
  base: AuditSubjectName,
): AuditSubjectName {
  if (period.quarter !== null) return { ...base, quarter: quarterOfPeriod(period) };
  const prefix = (name: string) => (name === "" ? "" : `${name} · `);
  return {
    ...base,
    name: `${prefix(base.name)}${periodLabel(period, "zh")}`,
    nameEn: `${prefix(base.nameEn)}${periodLabel(period, "en")}`,
  };
}

/** One query per kind of subject on the page, each returning id → name. */
const LOADERS: Record<
  AuditEntity,
  (client: DbClient, ids: number[]) => Promise<[number, AuditSubjectName][]>
> = {
  user: async (client, ids) =>
    (
      await client.user.findMany({
        where: { id: { in: ids } },
        select: { id: true, displayName: true, loginName: true },
      })
    ).map((user) => [user.id, same(`${user.displayName}（${user.loginName}）`)]),
  api_token: async (client, ids) =>
    (
      await client.apiToken.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, prefix: true },
      })
    ).map((token) => [token.id, same(`${token.name}（${token.prefix}…）`)]),
  school: async (client, ids) =>
    (await client.school.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map(
      (school) => [school.id, same(school.name)],
    ),
  school_proposal: async (client, ids) =>
    (
      await client.schoolProposal.findMany({
        where: { id: { in: ids } },
        select: { id: true, school: { select: { name: true } } },
      })
    ).map((proposal) => [proposal.id, same(`${proposal.school.name} #${proposal.id}`)]),
  teacher: async (client, ids) =>
    (
      await client.teacher.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, school: { select: { name: true } } },
      })
    ).map((teacher) => [teacher.id, same(`${teacher.name}（${teacher.school.name}）`)]),
  facility_record: async (client, ids) =>
    (
      await client.facilityRecord.findMany({
        where: { id: { in: ids } },
        select: { id: true, schoolYear: true, school: { select: { name: true } } },
      })
    ).map((record) => [record.id, { ...same(record.school.name), schoolYear: record.schoolYear }]),
  county: async (client, ids) =>
    (
      await client.county.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, nameEn: true },
      })
    ).map((county) => [county.id, county]),
  town: async (client, ids) =>
    (await client.town.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map(
      (town) => [town.id, same(town.name)],
    ),
  submission: async (client, ids) =>
    (
      await client.submission.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          county: { select: { name: true, nameEn: true } },
          period: { select: { quarter: true, ...PERIOD_NAME_FIELDS } },
        },
      })
    ).map((submission) => [
      submission.id,
      periodSubject(submission.period, { name: submission.county.name, nameEn: submission.county.nameEn }),
    ]),
  school_return: async (client, ids) =>
    (
      await client.schoolReturn.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          school: { select: { name: true } },
          period: { select: { quarter: true, ...PERIOD_NAME_FIELDS } },
        },
      })
    ).map((found) => [found.id, periodSubject(found.period, same(found.school.name))]),
  reporting_period: (client, ids) => periodNames(client, ids),
  collection: async (client, ids) =>
    (
      await client.collection.findMany({
        where: { id: { in: ids } },
        select: { id: true, nameZh: true, nameEn: true },
      })
    ).map((collection) => [collection.id, { name: collection.nameZh, nameEn: collection.nameEn }]),
  // A 催报 is recorded under its period.
  report_reminder: (client, ids) => periodNames(client, ids),
  verification_sample: async (client, ids) =>
    (
      await client.verificationSample.findMany({
        where: { id: { in: ids } },
        select: { id: true, seed: true, period: { select: { year: true, quarter: true } } },
      })
    ).map((sample) => [sample.id, { ...same(sample.seed), quarter: quarterOfPeriod(sample.period) }]),
  target: async (client, ids) =>
    (
      await client.target.findMany({
        where: { id: { in: ids } },
        select: { id: true, deadlineYear: true, indicator: { select: { nameZh: true, nameEn: true } } },
      })
    ).map((target) => [
      target.id,
      { name: target.indicator.nameZh, nameEn: target.indicator.nameEn, deadlineYear: target.deadlineYear },
    ]),
  province_target: async (client, ids) =>
    (
      await client.provinceTarget.findMany({
        where: { id: { in: ids } },
        select: { id: true, deadlineYear: true, indicator: { select: { nameZh: true, nameEn: true } } },
      })
    ).map((target) => [
      target.id,
      { name: target.indicator.nameZh, nameEn: target.indicator.nameEn, deadlineYear: target.deadlineYear },
    ]),
  standard_threshold: async (client, ids) =>
    (
      await client.standardThreshold.findMany({
        where: { id: { in: ids } },
        select: { id: true, indicator: { select: { nameZh: true, nameEn: true } } },
      })
    ).map((threshold) => [
      threshold.id,
      { name: threshold.indicator.nameZh, nameEn: threshold.indicator.nameEn },
    ]),
  standard_set: async (client, ids) =>
    (
      await client.standardSet.findMany({
        where: { id: { in: ids } },
        select: { id: true, nameZh: true, nameEn: true },
      })
    ).map((set) => [set.id, { name: set.nameZh, nameEn: set.nameEn }]),
  education_group: async (client, ids) =>
    (
      await client.educationGroup.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    ).map((group) => [group.id, same(group.name)]),
  project: async (client, ids) =>
    (await client.project.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map(
      (project) => [project.id, same(project.name)],
    ),
  problem: async (client, ids) =>
    (
      await client.problem.findMany({ where: { id: { in: ids } }, select: { id: true, description: true } })
    ).map((problem) => [problem.id, same(problem.description)]),
  supervision_visit: async (client, ids) =>
    (
      await client.supervisionVisit.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          visitedOn: true,
          county: { select: { name: true, nameEn: true } },
          school: { select: { name: true } },
        },
      })
    ).map((visit) => {
      const day = visit.visitedOn.toISOString().slice(0, 10);
      return [
        visit.id,
        visit.school
          ? same(`${visit.school.name}（${day}）`)
          : { name: `${visit.county.name}（${day}）`, nameEn: `${visit.county.nameEn} (${day})` },
      ];
    }),
  evidence_file: async (client, ids) =>
    (
      await client.evidenceFile.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          name: true,
          problem: { select: { description: true } },
          submissionValue: { select: { indicator: { select: { nameZh: true } } } },
          facilityRecord: { select: { schoolYear: true, school: { select: { name: true } } } },
        },
      })
    ).map((file) => {
      // The owner that says where the file belongs: a problem, a report's indicator, or a school's year.
      const owner =
        file.problem?.description ??
        file.submissionValue?.indicator.nameZh ??
        (file.facilityRecord ? `${file.facilityRecord.school.name} ${file.facilityRecord.schoolYear}` : "");
      return [file.id, same(`${file.name}（${owner}）`)];
    }),
  city_settings: async (client, ids) =>
    (
      await client.city.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, nameEn: true },
      })
    ).map((city) => [city.id, city]),
  notification_channels: async (client, ids) =>
    (
      await client.city.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, nameEn: true },
      })
    ).map((city) => [city.id, city]),
  message_delivery: async (client, ids) =>
    (
      await client.messageDelivery.findMany({
        where: { id: { in: ids } },
        select: { id: true, target: true },
      })
    ).map((delivery) => [delivery.id, same(delivery.target)]),
};

/**
 * The names of the subjects of audit records, keyed by the record's entity and id; a subject deleted since has no
 * name (the page shows its id). Unscoped: the caller passes records it has already filtered to the actor's city.
 */
export async function unsafeLoadAuditSubjectNames(
  client: DbClient,
  records: readonly { entity: string; entityId: string | null }[],
): Promise<Map<string, AuditSubjectName>> {
  const wanted = new Map<AuditEntity, Set<number>>();
  for (const record of records) {
    const subject = record.entityId === null ? null : subjectOf(record.entity, record.entityId);
    if (subject) wanted.set(subject.kind, (wanted.get(subject.kind) ?? new Set()).add(subject.id));
  }
  const loaded = await Promise.all(
    [...wanted].map(async ([kind, ids]) => ({ kind, names: new Map(await LOADERS[kind](client, [...ids])) })),
  );
  const names = new Map<string, AuditSubjectName>();
  for (const record of records) {
    const subject = record.entityId === null ? null : subjectOf(record.entity, record.entityId);
    const name = subject && loaded.find((entry) => entry.kind === subject.kind)?.names.get(subject.id);
    if (name) names.set(auditSubjectKey(record), name);
  }
  return names;
}

export const auditSubjectKey = (record: { entity: string; entityId: string | null }) =>
  `${record.entity}:${record.entityId}`;

/** An item of a standard set as an audit record of the whole set names it (its field `value.<item id>`). */
export interface StandardItemName {
  name: string;
  nameEn: string;
  schoolLevel: string | null;
}

const STANDARD_ITEM_FIELD = /^value\.(\d{1,10})$/;

/**
 * The items a page of audit records of whole standard sets names by their ids (`value.<id>`), in one query: id →
 * the item's indicator and school level, so the page can label each changed value.
 */
export async function unsafeLoadStandardItemNames(
  client: DbClient,
  rows: { entity: string; before: unknown; after: unknown }[],
): Promise<Map<string, StandardItemName>> {
  const ids = new Set<number>();
  for (const row of rows) {
    if (row.entity !== "standard_set") continue;
    for (const side of [row.before, row.after])
      if (side && typeof side === "object")
        for (const field of Object.keys(side)) {
          const id = STANDARD_ITEM_FIELD.exec(field)?.[1];
          if (id) ids.add(Number(id));
        }
  }
  if (ids.size === 0) return new Map();
  const items = await client.standardThreshold.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, schoolLevel: true, indicator: { select: { nameZh: true, nameEn: true } } },
  });
  return new Map(
    items.map((item) => [
      `value.${item.id}`,
      { name: item.indicator.nameZh, nameEn: item.indicator.nameEn, schoolLevel: item.schoolLevel },
    ]),
  );
}
