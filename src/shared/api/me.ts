import * as z from 'zod/mini';
import { idSchema } from '../domain';
import { userKindSchema } from './auth';

/** `GET /api/auth/me`: who is logged in and which member they are in each of their cases. */
export const meResponseSchema = z.object({
  user: z.object({ id: idSchema, kind: userKindSchema, displayName: z.string() }),
  memberships: z.array(z.object({ caseId: idSchema, memberId: idSchema })),
});
export type MeResponse = z.infer<typeof meResponseSchema>;
