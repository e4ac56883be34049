import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
/** The test identity provider the e2e server starts for single sign-on (tests/support/oidc-provider.ts). */
export const E2E_OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? E2E_PORT + 5);
export const E2E_OIDC_DISPLAY_NAME = "政务服务统一身份认证";
/** Written by tests/setup/e2e-server.ts: where the run's fresh database is. */
export const E2E_STATE_FILE = path.join(import.meta.dirname, "../../../.data/e2e/state.json");
/** Written by tests/setup/e2e-server.ts --empty: the database of the run from an empty installation (tests/e2e-empty). */
export const E2E_EMPTY_STATE_FILE = path.join(import.meta.dirname, "../../../.data/e2e/empty-state.json");
/** Written by the setup project (tests/e2e/sessions.setup.ts): each account's signed-in browser state. */
export const E2E_SESSIONS_DIR = path.join(import.meta.dirname, "../../../.data/e2e/sessions");
/** Written by tests/setup/e2e-server.ts: every mail its local SMTP sink received, one JSON object a line. */
export const E2E_MAILBOX_FILE = path.join(import.meta.dirname, "../../../.data/e2e/mailbox.jsonl");
/** The local SMTP sink the e2e server's SMTP_URL names. */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? E2E_PORT + 6);
/**
 * The one county officer with an e-mail address in the e2e data (added by tests/setup/e2e-server.ts): the other
 * tests' notices stay in the inbox, this officer's also reach the sink.
 */
export const E2E_MAIL_COUNTY = "平阴县";
export const E2E_MAIL_ADDRESS = "pingyin.officer@e2e.test";
