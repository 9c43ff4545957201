import * as z from 'zod/mini';
import {
  caseSchema,
  decisionSchema,
  eventSchema,
  idSchema,
  involvementSchema,
  memberSchema,
  perspectiveSchema,
  replySchema,
  statementSchema,
} from '../domain';

/**
 * The sync wire contract (DESIGN.md §4a). Fixed: other clients and conformance tests depend on it.
 * Bump PROTOCOL_VERSION on any incompatible change.
 */
export const PROTOCOL_VERSION = 1;

export const entitySchemas = {
  case: caseSchema,
  member: memberSchema,
  involvement: involvementSchema,
  decision: decisionSchema,
  statement: statementSchema,
  perspective: perspectiveSchema,
  reply: replySchema,
  event: eventSchema,
} as const;
export type EntityName = keyof typeof entitySchemas;
export const entityNames = Object.keys(entitySchemas) as EntityName[];
export const entityNameSchema = z.enum(entityNames as [EntityName, ...EntityName[]]);
export type EntityValue<E extends EntityName> = z.infer<(typeof entitySchemas)[E]>;

const putChange = <E extends EntityName>(entity: E) =>
  z.object({ op: z.literal('put'), entity: z.literal(entity), value: entitySchemas[entity] });

export const changeSchema = z.union([
  putChange('case'),
  putChange('member'),
  putChange('involvement'),
  putChange('decision'),
  putChange('statement'),
  putChange('perspective'),
  putChange('reply'),
  putChange('event'),
  z.object({ op: z.literal('delete'), entity: entityNameSchema, id: idSchema }),
  z.object({ op: z.literal('purge-case'), caseId: idSchema }),
]);
export type Change = z.infer<typeof changeSchema>;
export type PutChange = Extract<Change, { op: 'put' }>;

export const clientIdSchema = z.string().check(z.minLength(8), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));

export const pullRequestSchema = z.strictObject({
  protocolVersion: z.literal(PROTOCOL_VERSION),
  clientId: clientIdSchema,
  cursor: z.nullable(z.string().check(z.maxLength(4096))),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

export const rejectionSchema = z.object({ mutationId: z.int().check(z.positive()), code: z.string() });
export type Rejection = z.infer<typeof rejectionSchema>;

export const pullResponseSchema = z.union([
  z.object({
    cursor: z.string(),
    lastMutationId: z.int().check(z.nonnegative()),
    rejections: z.array(rejectionSchema),
    changes: z.array(changeSchema),
    /** More of a first pull follows: pull again now, and settle the outbox only without it. */
    more: z.optional(z.literal(true)),
  }),
  z.object({ reset: z.literal(true) }),
]);
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const mutationEnvelopeSchema = z.strictObject({
  id: z.int().check(z.positive()),
  name: z.string().check(z.maxLength(64)),
  args: z.unknown(),
});
export type MutationEnvelope = z.infer<typeof mutationEnvelopeSchema>;

export const pushRequestSchema = z.strictObject({
  protocolVersion: z.literal(PROTOCOL_VERSION),
  clientId: clientIdSchema,
  mutations: z.array(mutationEnvelopeSchema).check(z.maxLength(500)),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushResponseSchema = z.object({ lastMutationId: z.int().check(z.nonnegative()) });
