// npm run admin:create -- --city 371600 --login binzhou.admin [--name 系统管理员]
// Creates the first administrator of a city in an empty installation, and the city itself from the official
// division list (decision 0018) if it does not exist. The password is read from ADMIN_PASSWORD or, without it,
// typed twice at the terminal without echo; it is never printed. `--city` without a value lists the cities.
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { createFirstAdmin } from "@/lib/data/users/create-first-admin";
import { SHANDONG_CITIES } from "@/lib/divisions/shandong";
import { isAppError } from "@/lib/errors";
import { createTranslator } from "use-intl/core";
import { fieldErrorsOf } from "@/lib/actions/action-state";
import type { Translate } from "@/lib/briefings/compose-briefing";
import { loadMessages } from "@/lib/i18n/messages";
import { createFirstAdminSchema } from "@/lib/schemas/users";
import { closeDatabase } from "@/lib/db";

const { values } = parseArgs({
  options: {
    city: { type: "string", default: "" },
    login: { type: "string", default: "" },
    name: { type: "string", default: "系统管理员" },
  },
});

/** Reads the password twice at the terminal: readline puts it in raw mode and writes its echo nowhere. */
async function typePassword(): Promise<string | null> {
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const terminal = createInterface({ input: process.stdin, output: muted, terminal: true });
  const lines = terminal[Symbol.asyncIterator]();
  const ask = async (question: string) => {
    process.stdout.write(question);
    const { value } = await lines.next();
    process.stdout.write("\n");
    return typeof value === "string" ? value : "";
  };
  try {
    const password = await ask("Password (not shown): ");
    return (await ask("Password again: ")) === password ? password : null;
  } finally {
    terminal.close();
  }
}

/** The password, or null after saying why there is none. */
async function readPassword(): Promise<string | null> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) {
    console.error("Set ADMIN_PASSWORD or run at a terminal to type the password.");
    return null;
  }
  const password = await typePassword();
  if (password === null) console.error("The two passwords differ.");
  return password;
}

async function main() {
  if (!SHANDONG_CITIES.some((city) => city.code === values.city) || !values.login) {
    console.error(
      "Usage: npm run admin:create -- --city <code> --login <login name> [--name <display name>]",
    );
    console.error("Cities of the division list:");
    for (const city of SHANDONG_CITIES) console.error(`  ${city.code}  ${city.name}  ${city.nameEn}`);
    process.exitCode = 2;
    return;
  }
  const t = createTranslator({ locale: "zh", messages: await loadMessages("zh") }) as unknown as Translate;
  const password = await readPassword();
  if (password === null) {
    process.exitCode = 1;
    return;
  }
  const parsed = createFirstAdminSchema.safeParse({
    cityCode: values.city,
    loginName: values.login,
    displayName: values.name,
    password,
  });
  if (!parsed.success) {
    // The messages name the rule broken, never the value given.
    for (const [field, errors] of Object.entries(fieldErrorsOf(parsed.error)))
      for (const error of errors ?? [])
        console.error(`${field}: ${t(`validation.${error.key}`, error.params)}`);
    process.exitCode = 1;
    return;
  }
  try {
    const { city, user } = await createFirstAdmin(parsed.data);
    console.log(
      `Created administrator ${user.loginName} of ${city.name} (${city.code}). Sign in and open 行政区划.`,
    );
  } catch (error) {
    if (!isAppError(error)) throw error;
    console.error(t(`errors.${error.messageKey}`, error.params));
    process.exitCode = 1;
  }
}

try {
  await main();
} finally {
  await closeDatabase();
}
