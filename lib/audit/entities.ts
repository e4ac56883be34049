// What an audit record is about: one typed list, so that a write cannot invent a name (the audit page filters by
// it) and so that whether a write moves the city's figures is stated once, per entity, instead of at each write.
// An import is recorded under the entity it writes (action "import"), its target as the entity id.

interface AuditEntityRule {
  /**
   * Whether a write to it changes what the indicators are computed from. If so, recordAudit moves the city's data
   * version on in the same transaction, and every cached computation and rendered dashboard of the city is stale.
   */
  movesFigures: boolean;
}

export const AUDIT_ENTITIES = {
  // Accounts, sessions and sign-ins change no figure.
  user: { movesFigures: false },
  // Targets, standards and settings decide every figure's status and pace.
  target: { movesFigures: true },
  // A province's own target judges the province's rolled-up figures only, never a city's (whose data version it
  // leaves as it is); its split is recorded as the cities' targets, which do move their figures (decision 0041).
  province_target: { movesFigures: false },
  standard_threshold: { movesFigures: true },
  standard_set: { movesFigures: true },
  city_settings: { movesFigures: true },
  // Opening and closing a quarter decides which reports count; closing freezes the quarter's figures.
  reporting_period: { movesFigures: true },
  // A collection (调度表) defines its custom items, which are shown on the dashboards like catalogue indicators.
  collection: { movesFigures: true },
  submission: { movesFigures: true },
  // A school's return (decision 0046) feeds no indicator itself (the county's report, computed from the approved
  // returns when the county saves it, does), but the shared "what needs you" panel shows its state (decision 0049).
  school_return: { movesFigures: true },
  facility_record: { movesFigures: true },
  teacher: { movesFigures: true },
  // Counties and towns decide where every school is counted (a city set up from the division list, a functional zone).
  county: { movesFigures: true },
  // A town's name is on the school register and its exports (a move of towns is recorded on the county they join).
  town: { movesFigures: true },
  // A school's level, location class, flags and closing decide which figures it is counted in.
  school: { movesFigures: true },
  // A principal's proposed correction of the register changes nothing until accepted, and the accept is recorded as
  // a school update as well.
  school_proposal: { movesFigures: false },
  // Groups and their memberships decide the group-coverage figure (rural schools in urban-rural groups).
  education_group: { movesFigures: true },
  // A project's status, dates and money are the dashboards' project figures.
  project: { movesFigures: true },
  // A problem of the 整改台账 records a shortfall and its fix; the figures themselves come from the data it points to,
  // but the dashboards' shared problem-progress card and the briefings count problems, so a problem's step renews
  // its county's (and city's) cached sections (decision 0053).
  problem: { movesFigures: true },
  // An evidence file proves a fix; it is read by people, not by the indicators.
  evidence_file: { movesFigures: false },
  // A supervision visit records what inspectors found; its findings become problems, not figures.
  supervision_visit: { movesFigures: false },
  // A verification sample and its findings check reported figures against their sources: the values stay as the
  // county reported them, but the briefing counts the findings, so a recorded one renews the cached briefings.
  verification_sample: { movesFigures: true },
  // A 催报 sent by city staff reminds people; it changes no figure (entity id: the period).
  report_reminder: { movesFigures: false },
  // A city's group robots (WeCom, DingTalk) decide where reminders are sent, not any figure.
  notification_channels: { movesFigures: false },
  // A failed e-mail or robot message sent again from the send log: where a message goes, not any figure.
  message_delivery: { movesFigures: false },
  // An API token and its account decide who may call the API, not any figure.
  api_token: { movesFigures: false },
} as const satisfies Record<string, AuditEntityRule>;

export type AuditEntity = keyof typeof AUDIT_ENTITIES;

export const AUDIT_ENTITY_NAMES = Object.keys(AUDIT_ENTITIES) as [AuditEntity, ...AuditEntity[]];

export function isAuditEntity(value: unknown): value is AuditEntity {
  return typeof value === "string" && Object.hasOwn(AUDIT_ENTITIES, value);
}

export function movesFigures(entity: AuditEntity): boolean {
  return AUDIT_ENTITIES[entity].movesFigures;
}
