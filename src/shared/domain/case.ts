import * as z from 'zod/mini';
import { idSchema, instantSchema, shortTextSchema } from './primitives';

export const caseSchema = z.object({
  id: idSchema,
  title: shortTextSchema,
  createdAt: instantSchema,
});
export type Case = z.infer<typeof caseSchema>;
