import type { Locale } from "../locales";

// One file per product area, so that areas built in parallel never edit the same file. Files are merged deeply:
// an area may add its own keys to shared namespaces (messages, errors, validation, nav), never redefine one.
const MESSAGE_FILES = {
  zh: () =>
    Promise.all([
      import("./zh/core.json"),
      import("./zh/indicators.json"),
      import("./zh/dashboards.json"),
      import("./zh/school-data.json"),
      import("./zh/submissions.json"),
      import("./zh/reports.json"),
      import("./zh/geography.json"),
      import("./zh/schools.json"),
      import("./zh/groups.json"),
      import("./zh/projects.json"),
      import("./zh/problems.json"),
      import("./zh/supervision.json"),
      import("./zh/api.json"),
      import("./zh/school-proposals.json"),
      import("./zh/target-cascade.json"),
      import("./zh/maps.json"),
      import("./zh/inbox.json"),
      import("./zh/verification.json"),
      import("./zh/evidence.json"),
      import("./zh/collections.json"),
      import("./zh/province.json"),
      import("./zh/school-returns.json"),
    ]),
  en: () =>
    Promise.all([
      import("./en/core.json"),
      import("./en/indicators.json"),
      import("./en/dashboards.json"),
      import("./en/school-data.json"),
      import("./en/submissions.json"),
      import("./en/reports.json"),
      import("./en/geography.json"),
      import("./en/schools.json"),
      import("./en/groups.json"),
      import("./en/projects.json"),
      import("./en/problems.json"),
      import("./en/supervision.json"),
      import("./en/api.json"),
      import("./en/school-proposals.json"),
      import("./en/target-cascade.json"),
      import("./en/maps.json"),
      import("./en/inbox.json"),
      import("./en/verification.json"),
      import("./en/evidence.json"),
      import("./en/collections.json"),
      import("./en/province.json"),
      import("./en/school-returns.json"),
    ]),
} satisfies Record<Locale, () => Promise<{ default: object }[]>>;

export type Messages = { [key: string]: string | Messages };

function mergeMessages(target: Messages, source: Messages): Messages {
  for (const [key, value] of Object.entries(source)) {
    const held = target[key];
    target[key] =
      typeof value === "object" && typeof held === "object" ? mergeMessages({ ...held }, value) : value;
  }
  return target;
}

const merged = new Map<Locale, Promise<Messages>>();

/** Every message of a locale, merged once per process (the files do not change while it runs). */
export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = merged.get(locale);
  if (!messages) {
    messages = MESSAGE_FILES[locale]().then((files) =>
      files.reduce<Messages>((all, file) => mergeMessages(all, file.default as Messages), {}),
    );
    merged.set(locale, messages);
  }
  return messages;
}

/**
 * The namespaces the client components of every page translate with (the shell's locale switch, sign-out and links,
 * form results, the error page). The root layout sends only these; each route adds its own below
 * (`ROUTE_CLIENT_NAMESPACES`), so a page carries the messages its client components use and no others: before this,
 * every page sent 33 namespaces (84 KB) twice, in its RSC payload and in its HTML (decision 0049).
 */
export const SHELL_CLIENT_NAMESPACES = ["common", "errors", "messages", "locale", "nav"] as const;

/**
 * The namespaces a route's client components use beyond the shell's, keyed by the route file that sends them
 * (`<ClientMessages route=…>`): a layout's cover its folder and everything below, a page's only itself. Nested ones
 * add up. tests/unit/guards/client-namespaces.test.ts walks every route's imports and fails when a client component
 * translates with a namespace its route is not sent.
 */
export const ROUTE_CLIENT_NAMESPACES = {
  "(auth)/layout": ["auth", "validation"],
  "(dashboard)/account/layout": ["account", "validation"],
  "(dashboard)/admin/layout": [
    "apiTokens",
    "deliveries",
    "divisions",
    "imports",
    "roles",
    "settings",
    "users",
    "validation",
  ],
  "(dashboard)/city/layout": ["charts", "validation"],
  "(dashboard)/collections/layout": ["collections", "validation"],
  "(dashboard)/counties/[countyId]/layout": ["charts", "validation"],
  "(dashboard)/counties/[countyId]/teachers/layout": ["imports"],
  "(dashboard)/groups/layout": ["groups", "validation"],
  "(dashboard)/inbox/layout": ["inbox"],
  "(dashboard)/indicators/layout": ["charts", "provinceTargets", "targetCascade", "targets", "validation"],
  "(dashboard)/problems/layout": ["evidence", "problems", "validation"],
  "(dashboard)/projects/layout": ["enums", "projects", "validation"],
  "(dashboard)/province/layout": ["charts", "provinceTargets", "targetCascade", "targets", "validation"],
  "(dashboard)/reports/layout": ["validation"],
  "(dashboard)/school-returns/layout": ["evidence", "inbox", "schoolReturns", "submissions", "validation"],
  "(dashboard)/schools/page": ["validation"],
  "(dashboard)/schools/new/layout": ["schools", "validation"],
  "(dashboard)/schools/import/layout": ["imports", "validation"],
  "(dashboard)/schools/proposals/layout": ["schoolProposals", "validation"],
  "(dashboard)/schools/[schoolId]/layout": ["charts", "dashboard", "facilities"],
  "(dashboard)/schools/[schoolId]/correction/layout": ["schoolProposals", "schools", "validation"],
  "(dashboard)/schools/[schoolId]/edit/layout": ["schools", "validation"],
  "(dashboard)/schools/[schoolId]/facilities/layout": ["evidence", "validation"],
  "(dashboard)/schools/[schoolId]/teachers/layout": ["imports", "teachers", "validation"],
  "(dashboard)/standards/layout": ["standards", "validation"],
  "(dashboard)/submissions/layout": [
    "charts",
    "dashboard",
    "evidence",
    "inbox",
    "schoolReturns",
    "submissions",
    "validation",
  ],
  "(dashboard)/supervision/layout": ["evidence", "supervision", "validation", "verification"],
} as const satisfies Record<string, readonly string[]>;

export type ClientMessagesRoute = keyof typeof ROUTE_CLIENT_NAMESPACES;

/** The named namespaces of a locale's messages (those it has). */
export function pickMessages(messages: Messages, names: readonly string[]): Messages {
  return Object.fromEntries(names.flatMap((name) => (name in messages ? [[name, messages[name]!]] : [])));
}
