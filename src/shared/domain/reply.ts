import * as z from 'zod/mini';
import { idSchema, instantSchema, longTextSchema } from './primitives';

export const replySchema = z.object({
  id: idSchema,
  caseId: idSchema,
  perspectiveId: idSchema,
  authorMemberId: idSchema,
  text: longTextSchema.check(z.minLength(1)),
  createdAt: instantSchema,
});
export type Reply = z.infer<typeof replySchema>;
