// What an audit record says was done: one typed list, so that the audit page can name every action in words and a
// write cannot record an action nobody can read. Workflow actions (lib/workflows) are recorded under their own names.
export const AUDIT_ACTIONS = [
  "create",
  "update",
  "delete",
  "import",
  "close",
  "reopen",
  // Quarterly reports and their periods (lib/workflows/submissions.ts)
  "open",
  "set_deadline",
  "save",
  "submit",
  "approve",
  "return",
  // Proposed corrections of the school register (更正申请)
  "propose_correction",
  "accept_correction",
  "reject_correction",
  "withdraw_correction",
  // Teachers
  "rotate",
  "assign_post",
  "mark_left",
  // Divisions
  "set_up_from_divisions",
  "move_towns",
  // Education groups
  "add_member",
  "remove_member",
  "dissolve",
  // Projects
  "progress",
  "cancel",
  // Problems of the 整改台账 (lib/workflows/problems.ts; create, submit and return as above)
  "start",
  "report",
  "accept",
  "generate",
  // Evidence files (佐证材料) of a progress update
  "attach",
  // Supervision visits: a finding raised as a problem
  "raise",
  // 催报 of counties that still owe their report
  "urge",
  // Sampled verification (核查)
  "draw_sample",
  "record_finding",
  // Accounts and sessions
  "reset_password",
  "change_password",
  "deactivate",
  "reactivate",
  "unlock",
  "login",
  "login_failed",
  "login_refused_locked",
  "login_refused_inactive",
  "login_refused_address",
  // Single sign-on (docs/decisions/0029)
  "link_identity",
  "unlink_identity",
  "login_refused_unlinked",
  "lockout",
  "logout",
  "session_end",
  // API tokens
  "revoke",
  // The send log: a failed message sent again
  "retry",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && (AUDIT_ACTIONS as readonly string[]).includes(value);
}
