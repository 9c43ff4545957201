import * as z from 'zod/mini';
import { badRequest } from './api-error';

/** Validates a request body with its shared schema (STYLE.md #3); anything else is a 400. */
export function parseBody<S extends z.ZodMiniType>(schema: S, body: unknown): z.infer<S> {
  const result = z.safeParse(schema, body);
  if (!result.success) throw badRequest();
  return result.data;
}
