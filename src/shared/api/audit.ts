import * as z from 'zod/mini';
import { daySchema, instantSchema } from '../domain';

/**
 * `GET /api/cases/:caseId/access-log?from=YYYY-MM-DD&to=YYYY-MM-DD`: "Wie heeft mijn gegevens
 * bekeken" (SECURITY.md E3). A family member gets the professionals' accesses to data they may see
 * themselves, oldest first; never another family member's activity, never ids of rows.
 */
export const accessLogQuerySchema = z.strictObject({
  from: z.optional(daySchema),
  to: z.optional(daySchema),
});
export type AccessLogQuery = z.infer<typeof accessLogQuerySchema>;

export const accessLogActions = ['read', 'search', 'create', 'change', 'delete', 'export'] as const;

export const accessLogEntrySchema = z.object({
  at: instantSchema,
  actorName: z.string(),
  /** The member role in the case, e.g. `professional`. */
  actorRole: z.string(),
  organisation: z.string(),
  action: z.enum(accessLogActions),
  /** What was looked at, as an entity name (`case` = the whole file, `decision`, ...). */
  entity: z.string(),
});
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;

export const accessLogResponseSchema = z.object({ entries: z.array(accessLogEntrySchema) });
export type AccessLogResponse = z.infer<typeof accessLogResponseSchema>;
