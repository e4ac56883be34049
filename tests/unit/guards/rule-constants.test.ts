// Rules are stated once, in lib/indicators (and the workflows in lib/workflows), and the data layer passes them to
// its SQL as parameters (docs/decisions/0013). This test fails when a rule's constant is written into lib/data
// again: a number in code or SQL, or an enum value, a date interval or a comparison with a quoted value in SQL.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const DATA_DIR = path.join(ROOT, "lib/data");

/** 0 and 1 are no rule (empty, first, next); every other number in lib/data needs a place here and a reason. */
const PLAIN_NUMBERS = new Set([0, 1]);
const ALLOWED_NUMBERS: Record<string, { numbers: number[]; reason: string }> = {
  "lib/data/auth/session-user.ts": { numbers: [60_000, 3_600_000], reason: "a minute and an hour in ms" },
  "lib/data/auth/authenticate.ts": {
    numbers: [60, 1000],
    reason: "seconds in a minute, ms in a second",
  },
  "lib/data/audit/list-audit-logs.ts": { numbers: [50], reason: "page size" },
  "lib/data/school-proposals/list-school-proposals.ts": { numbers: [20], reason: "page size" },
  "lib/data/notifications/list-notifications.ts": { numbers: [20], reason: "the inbox's page size" },
  "lib/data/notifications/list-deliveries.ts": { numbers: [50], reason: "the send log's page size" },
  "lib/data/notifications/dispatch-deliveries.ts": {
    numbers: [500],
    reason: "deliveries turned into jobs per run",
  },
  "lib/data/verification/list-samples.ts": { numbers: [20], reason: "page size" },
  "lib/data/audit/audit-subjects.ts": { numbers: [10], reason: "the YYYY-MM-DD part of an ISO date" },
  "lib/data/auth/authenticate-external.ts": { numbers: [64], reason: "the stored length of a login name" },
  "lib/data/auth/open-session.ts": { numbers: [300], reason: "the stored length of a user agent" },
  "lib/data/supervision/list-visits.ts": {
    numbers: [30, 20, 200],
    reason: "page size; the school card's last visits and problems; the inspector picker's length",
  },
  "lib/data/supervision/raise-finding.ts": {
    numbers: [100],
    reason: "the stored length of a responsible unit",
  },
  "lib/data/supervision/record-visit.ts": {
    numbers: [50],
    reason: "the stored length of an inspector's name",
  },
  "lib/data/users/list-users.ts": { numbers: [20], reason: "page size" },
  "lib/data/indicators/get-province-overview.ts": {
    numbers: [4],
    reason: "how many city computations run at once on the small connection pool",
  },
  "lib/data/teachers/list-teachers.ts": { numbers: [50], reason: "page size" },
  "lib/data/briefings/list-school-compliance.ts": { numbers: [15], reason: "page size" },
  "lib/data/schools/list-schools.ts": { numbers: [30], reason: "page size" },
  "lib/data/groups/list-groups.ts": { numbers: [30], reason: "page size" },
  "lib/data/groups/list-group-worklist.ts": { numbers: [30], reason: "page size" },
  "lib/data/projects/list-projects.ts": { numbers: [30], reason: "page size" },
  "lib/data/problems/list-problems.ts": {
    numbers: [30, 10_000],
    reason: "page size and the export's row limit",
  },
  "lib/data/indicators/cached-computation.ts": {
    numbers: [24, 3600],
    reason: "a day in seconds: how long the shared copy of a computation is kept",
  },
  "lib/data/collections/get-custom-item-figures.ts": {
    numbers: [24, 3600],
    reason: "a day in seconds: how long the shared copy of the custom items' figures is kept",
  },
  "lib/data/indicators/data-version.ts": {
    numbers: [60_000, 5_000],
    reason: "timeout and wait of the replica's snapshot transaction (ms)",
  },
  "lib/data/submissions/manage-period.ts": { numbers: [60_000], reason: "transaction timeout (ms)" },
  "lib/data/imports/import-file.ts": { numbers: [60_000], reason: "transaction timeout (ms)" },
};

const SQL_TAG = /(^|\.)(\$queryRaw|\$executeRaw|sql)$/;

interface Finding {
  file: string;
  line: number;
  found: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => path.join(dir, name));
}

/** The SQL text of a tagged template, `${…}` parameters replaced by `$`, comments dropped. */
function sqlText(template: ts.TemplateLiteral): string {
  const parts = ts.isNoSubstitutionTemplateLiteral(template)
    ? [template.text]
    : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
  return parts.join(" $ ").replace(/--[^\n]*/g, "");
}

// A number that is not part of a name or a JSON array position (r->>3); an upper-case quoted value ('URBAN');
// a date interval; a comparison with any quoted value.
const SQL_PROBLEMS: { pattern: RegExp; isAllowed?: (match: string) => boolean }[] = [
  {
    pattern: /(?<![\w$.>])\d+(?:\.\d+)?(?![\w.])/g,
    isAllowed: (match) => PLAIN_NUMBERS.has(Number(match)),
  },
  { pattern: /'[A-Z][A-Z0-9_]*'/g },
  { pattern: /\binterval\s*'[^']*'/gi },
  { pattern: /(?:<>|!=|<=|>=|[=<>])\s*'[^']*'/g },
];

/** The numbers written in a file's code (not in types, strings or comments). */
function numbersIn(sourceFile: ts.SourceFile): { node: ts.NumericLiteral; value: number }[] {
  const numbers: { node: ts.NumericLiteral; value: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNumericLiteral(node) && !ts.isLiteralTypeNode(node.parent))
      numbers.push({ node, value: Number(node.text.replace(/_/g, "")) });
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return numbers;
}

function sqlTemplates(sourceFile: ts.SourceFile): ts.TaggedTemplateExpression[] {
  const templates: ts.TaggedTemplateExpression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && SQL_TAG.test(node.tag.getText())) templates.push(node);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return templates;
}

const parse = (file: string, source: string) =>
  ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);

export function findRuleConstants(file: string, source: string): Finding[] {
  const relative = path.relative(ROOT, file);
  const sourceFile = parse(file, source);
  const allowed = new Set(ALLOWED_NUMBERS[relative]?.numbers ?? []);
  const at = (node: ts.Node, found: string): Finding => ({
    file: relative,
    line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1,
    found,
  });
  return [
    ...numbersIn(sourceFile)
      .filter(({ value }) => !PLAIN_NUMBERS.has(value) && !allowed.has(value))
      .map(({ node }) => at(node, node.getText())),
    ...sqlTemplates(sourceFile).flatMap((node) => {
      const sql = sqlText(node.template);
      return SQL_PROBLEMS.flatMap(({ pattern, isAllowed }) =>
        [...sql.matchAll(pattern)]
          .filter(([match]) => !isAllowed?.(match))
          .map(([match]) => at(node, `SQL ${match}`)),
      );
    }),
  ];
}

describe("rule constants in the data layer", () => {
  it("writes no rule's number, enum value or interval into lib/data", () => {
    const findings = sourceFiles(DATA_DIR).flatMap((file) =>
      findRuleConstants(file, readFileSync(file, "utf8")),
    );
    expect(findings.map(({ file, line, found }) => `${file}:${line} ${found}`)).toEqual([]);
  });

  it("keeps no allowance for a number that is gone", () => {
    const stale = Object.entries(ALLOWED_NUMBERS).flatMap(([file, { numbers }]) => {
      const written = new Set(
        numbersIn(parse(file, readFileSync(path.join(ROOT, file), "utf8"))).map(({ value }) => value),
      );
      return numbers.filter((number) => !written.has(number)).map((number) => `${file} ${number}`);
    });
    expect(stale).toEqual([]);
  });

  // The guard itself: each kind of constant the data layer used to hold is caught.
  it.each([
    ["the principal age", "const bornAfter = addYears(asOf, -46);", "46"],
    ["the rotation rule", "const dueSince = addYears(asOf, -2 * termYears);", "2"],
    [
      "the rural rule",
      "db.$queryRaw`SELECT (s.location_class <> 'URBAN') AS rural FROM schools s`;",
      "SQL 'URBAN'",
    ],
    ["a status", "tx.$queryRaw`SELECT 1 FROM teachers t WHERE t.status = 'ACTIVE'`;", "SQL 'ACTIVE'"],
    [
      "a window",
      "tx.$queryRaw`SELECT 1 WHERE r.started_on > (${asOf}::date - interval '12 months')`;",
      "SQL interval '12 months'",
    ],
    ["a number in SQL", "tx.$queryRaw`SELECT CASE WHEN age < 30 THEN 'young' END`;", "SQL 30"],
    ["a quoted comparison", "tx.$queryRaw`SELECT 1 WHERE p.state <> 'not_open'`;", "SQL <> 'not_open'"],
  ])("catches %s", (_name, source, found) => {
    const findings = findRuleConstants(path.join(DATA_DIR, "example.ts"), source);
    expect(findings.map((finding) => finding.found)).toContain(found);
  });

  it.each([
    [
      "a parameter",
      "tx.$queryRaw`SELECT 1 FROM t WHERE t.status = ANY(${COUNTED}::teacher_status[]) LIMIT 1`;",
    ],
    ["a JSON position", "tx.$queryRaw`SELECT (r->>12)::date FROM json_array_elements(${rows}::json) AS r`;"],
    [
      "a cast and a name",
      "tx.$queryRaw`SELECT count(*)::int AS c, f.min_classroom_bandwidth_mbps FROM t1 f`;",
    ],
    ["a key in a JSON object", "tx.$queryRaw`SELECT json_build_object('id', u.id) FROM users u`;"],
    ["a comment", "tx.$queryRaw`SELECT x -- 45 is the age\n FROM t`;"],
  ])("lets %s pass", (_name, source) => {
    expect(findRuleConstants(path.join(DATA_DIR, "example.ts"), source)).toEqual([]);
  });
});
