import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { ownCityId, problemScopeWhere } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { db } from "@/lib/db";
import { forbiddenError } from "@/lib/errors";
import { RESOURCE_RULE } from "@/lib/indicators/formulas/quality-balanced";
import {
  CLASS_TWO_ITEM,
  countyCandidates,
  FIGURE_RULES,
  type FigureRule,
  type ProblemCandidate,
  schoolCandidates,
  withoutOpen,
} from "@/lib/indicators/problem-rules";
import type { GenerateProblemsInput } from "@/lib/schemas/problems";
import { businessDay } from "@/lib/utils/periods";
import { PROBLEM_WORKFLOW } from "@/lib/workflows/problems";

export interface FigureProblem extends ProblemCandidate {
  countyName: string;
  schoolName: string | null;
  /** The indicator's name, or the standard's */
  itemName: string;
  /** The sentence stored as the problem's description (Chinese, as the bureaus' ledgers are kept) */
  description: string;
}

/**
 * The problems the city's current figures call for (lib/indicators/problem-rules.ts), from the very overviews the
 * dashboards show, less those already open for the same unit and item. City staff only: the list covers every county.
 */
async function figureProblems(actor: SessionUser, asOf: Date) {
  assertCan(actor, "problems:generate");
  const city = await getIndicatorOverview(actor, null, asOf);
  if (!city || city.org.level !== "city") throw forbiddenError();
  const candidates: ProblemCandidate[] = [];
  for (const county of city.children) {
    candidates.push(...countyCandidates(county.id, county.rows));
    const overview = await getIndicatorOverview(actor, county.id, asOf);
    if (overview) candidates.push(...schoolCandidates(county.id, overview.schools, overview.standards));
  }
  const open = await db().problem.findMany({
    where: { AND: [problemScopeWhere(actor), { state: { in: [...PROBLEM_WORKFLOW.sets.open] } }] },
    select: { countyId: true, schoolId: true, itemKey: true },
  });
  const fresh = withoutOpen(candidates, open);
  const schools = new Map(
    (
      await db().school.findMany({
        where: { id: { in: fresh.flatMap((candidate) => candidate.schoolId ?? []) } },
        select: { id: true, name: true },
      })
    ).map((school) => [school.id, school.name]),
  );
  const counties = new Map(city.children.map((county) => [county.id, county.name]));
  const names = new Map(city.definitions.map((definition) => [definition.key, definition.nameZh]));
  const problems = fresh.map((candidate): FigureProblem => {
    const countyName = counties.get(candidate.countyId) ?? "";
    const schoolName = candidate.schoolId === null ? null : (schools.get(candidate.schoolId) ?? "");
    const itemName =
      candidate.itemKey === CLASS_TWO_ITEM
        ? "省定Ⅱ类办学条件标准"
        : (names.get(candidate.itemKey) ?? candidate.itemKey);
    return {
      ...candidate,
      countyName,
      schoolName,
      itemName,
      description: describe(candidate, schoolName ?? countyName, itemName),
    };
  });
  return { problems, found: candidates.length, alreadyOpen: candidates.length - fresh.length };
}

function describe(candidate: ProblemCandidate, unit: string, itemName: string): string {
  const value = candidate.valueAtTime;
  switch (candidate.rule) {
    case "class_two":
      return `${unit}（镇驻地学校）未达到${itemName}（${value} 项达标）`;
    case "urban_rural_group":
      return `${unit}（乡村学校）未纳入城乡学校共同体`;
    case "balanced_floor":
      return `${unit}${itemName}为标准的 ${value}%，低于 ${RESOURCE_RULE.floorPercent}%`;
    case "county_off_track":
      return `${unit}${itemName}当前为 ${value ?? "—"}，按现有进度不能如期达到目标`;
  }
}

/** What generating now would add, by rule, with the rows for the preview. */
export async function previewFigureProblems(actor: SessionUser, asOf = businessDay(new Date())) {
  const { problems, found, alreadyOpen } = await figureProblems(actor, asOf);
  const byRule = Object.fromEntries(FIGURE_RULES.map((rule) => [rule, 0])) as Record<FigureRule, number>;
  for (const problem of problems) byRule[problem.rule] += 1;
  return { problems, byRule, found, alreadyOpen };
}

/**
 * Adds the problems the figures call for, with the deadline city staff chose, in one transaction with one audit
 * record. A problem another writer opened meanwhile for the same unit and item is skipped by the partial unique
 * indexes (ON CONFLICT DO NOTHING), so generating twice, or twice at once, adds no duplicate.
 */
export async function generateFigureProblems(actor: SessionUser, input: GenerateProblemsInput) {
  const { problems } = await figureProblems(actor, businessDay(new Date()));
  return db().$transaction(async (tx) => {
    const created = await tx.problem.createManyAndReturn({
      data: problems.map((problem) => ({
        cityId: ownCityId(actor),
        countyId: problem.countyId,
        schoolId: problem.schoolId,
        source: "FIGURE" as const,
        itemKey: problem.itemKey,
        valueAtTime: problem.valueAtTime,
        description: problem.description,
        responsibleUnit: problem.schoolName ?? problem.countyName,
        responsiblePerson: "",
        deadline: input.deadline,
        createdById: actor.id,
      })),
      skipDuplicates: true,
      select: { id: true, state: true },
    });
    await tx.problemEvent.createMany({
      data: created.map((problem) => ({
        problemId: problem.id,
        action: "create",
        toState: problem.state,
        actorId: actor.id,
      })),
    });
    await recordAudit(tx, actor, {
      action: "generate",
      entity: "problem",
      after: { created: created.length, skipped: problems.length - created.length, deadline: input.deadline },
    });
    return { created: created.length };
  });
}
