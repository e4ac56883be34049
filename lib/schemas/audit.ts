import { z } from "zod";
import { AUDIT_ENTITY_NAMES } from "@/lib/audit/entities";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

export const auditFilterSchema = z.object({
  actor: z.string().trim().max(64).optional().catch(undefined),
  entity: z.enum(AUDIT_ENTITY_NAMES).optional().catch(undefined),
  action: z.string().trim().max(48).optional().catch(undefined),
  from: isoDate,
  to: isoDate,
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
