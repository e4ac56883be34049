import type { Locale } from "../locales";

// One file per product area, so areas built in parallel never edit the same file.
// Each file holds whole namespaces; a namespace lives in exactly one file. The exception is SHARED_NAMESPACES, which
// the shared form components read (errors, validation and success messages): an area file adds its own sub-key to
// them (e.g. `errors.submissions`), and each sub-key lives in exactly one file.
const MESSAGE_FILES = {
  zh: () => Promise.all([import("./zh/core.json"), import("./zh/submissions.json")]),
  en: () => Promise.all([import("./en/core.json"), import("./en/submissions.json")]),
} satisfies Record<Locale, () => Promise<{ default: object }[]>>;

export const SHARED_NAMESPACES = ["errors", "validation", "messages"] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const files = await MESSAGE_FILES[locale]();
  const messages: Record<string, unknown> = {};
  for (const file of files) {
    for (const [namespace, content] of Object.entries(file.default)) {
      messages[namespace] = (SHARED_NAMESPACES as readonly string[]).includes(namespace)
        ? { ...(messages[namespace] as object | undefined), ...(content as object) }
        : content;
    }
  }
  return messages;
}
