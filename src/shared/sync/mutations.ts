import * as z from 'zod/mini';
import {
  audienceSchema,
  idSchema,
  longTextSchema,
  stanceSchema,
  subjectSchema,
  threeHousesSchema,
} from '../domain';

/**
 * Every mutation a client may send, with the schema of its args. The server validates args with
 * these before it authorizes and applies them; the client applies the same change optimistically.
 * Names follow `entity.verb`. Server-set fields (author, timestamps, status) are never in args.
 */
export const mutationArgSchemas = {
  'perspective.add': z.strictObject({
    id: idSchema,
    caseId: idSchema,
    subject: subjectSchema,
    stance: stanceSchema,
    text: longTextSchema,
    houses: z.optional(z.nullable(threeHousesSchema)),
    audience: audienceSchema,
  }),
} as const;

export type MutationName = keyof typeof mutationArgSchemas;
export const mutationNames = Object.keys(mutationArgSchemas) as MutationName[];
export type MutationArgs<N extends MutationName> = z.infer<(typeof mutationArgSchemas)[N]>;
export const isMutationName = (name: string): name is MutationName => Object.hasOwn(mutationArgSchemas, name);
