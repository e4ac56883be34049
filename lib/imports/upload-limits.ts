// The one place the upload limits are set: the import file's (checked in the browser before sending, and by the
// action's schema), the report workbook's, and the server-action body limit next.config.ts gives the framework,
// which proxy.ts enforces first by Content-Length. A body over the framework's limit would be cut off and the
// action would fail with HTTP 500; the proxy answers 413 with a clear message instead, and the browser check keeps
// people from getting that far. No "server-only": the browser and next.config.ts read these too.

const MIB = 1024 * 1024;

/** The largest import file (.xlsx or .csv): a city's school register or a county's roster is far smaller. */
export const MAX_IMPORT_FILE_MIB = 10;
export const MAX_IMPORT_FILE_BYTES = MAX_IMPORT_FILE_MIB * MIB;

/** The largest report workbook: far above a filled template (about 20 KB); refuses uploads that are not one. */
export const MAX_REPORT_WORKBOOK_BYTES = 1_000_000;

/**
 * The largest body of a server-action request: the largest file with room for the form's other fields and the
 * multipart framing around them. next.config.ts passes it to the framework, proxy.ts refuses larger bodies.
 */
export const SERVER_ACTION_BODY_LIMIT_BYTES = (MAX_IMPORT_FILE_MIB + 1) * MIB;
