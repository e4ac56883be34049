// Every connection of the app and of the demo loader runs in UTC. Timestamps are `timestamp` columns holding UTC wall
// time, as Prisma writes and reads them; on a server whose TimeZone is local (e.g. Asia/Shanghai), `now()`, column
// defaults and timestamptz → timestamp casts would otherwise store local time, hours off.
export const DB_SESSION_OPTIONS = "-c TimeZone=UTC";
