import * as z from 'zod/mini';
import { idSchema, instantSchema } from '../domain';
import { accessLogEntrySchema } from './audit';

/**
 * `GET /api/me/export`: everything Gezien holds about the person asking (AVG art. 15, SECURITY.md
 * F2), machine-readable. Case data passes the same read policy as a pull, so other people's
 * private details stay out; the access log part holds their own actions and professionals'
 * accesses to what they may see.
 */
export const EXPORT_FORMAT = 'gezien-export/1';

export const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  exportedAt: instantSchema,
  user: z.object({ id: idSchema, username: z.string(), kind: z.string(), displayName: z.string() }),
  cases: z.array(
    z.object({
      caseId: idSchema,
      memberId: idSchema,
      /** Every row of the case this person may read, by entity, as the read policy gives it. */
      data: z.record(z.string(), z.array(z.unknown())),
      accessedBy: z.array(accessLogEntrySchema),
    }),
  ),
  sessions: z.array(z.object({ createdAt: z.string(), lastSeenAt: z.string(), expiresAt: z.string() })),
  ownActivity: z.array(
    z.object({ at: instantSchema, action: z.string(), entity: z.string(), caseId: z.nullable(z.string()) }),
  ),
});
export type PersonalExport = z.infer<typeof exportSchema>;
