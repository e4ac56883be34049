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
 * The namespaces client components translate with (forms, dialogs, the locale switch). Only these travel to the
 * browser with every page; server components read the rest on the server.
 */
const CLIENT_NAMESPACES = [
  "common",
  "validation",
  "errors",
  "messages",
  "locale",
  "nav",
  "roles",
  "auth",
  "account",
  "users",
  "targets",
  "targetCascade",
  "provinceTargets",
  "standards",
  "settings",
  "submissions",
  "collections",
  "schoolReturns",
  "facilities",
  "teachers",
  "imports",
  "dashboard",
  "divisions",
  "schools",
  "schoolProposals",
  "verification",
  "groups",
  "projects",
  "problems",
  "supervision",
  "apiTokens",
  "inbox",
  "evidence",
  "deliveries",
] as const;

export function clientMessages(messages: Messages): Messages {
  return Object.fromEntries(
    CLIENT_NAMESPACES.flatMap((name) => (name in messages ? [[name, messages[name]!]] : [])),
  );
}
