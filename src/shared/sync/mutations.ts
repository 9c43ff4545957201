import * as z from 'zod/mini';
import { teamRoleSchema } from '../catalog/team-roles';
import {
  audienceSchema,
  daySchema,
  decisionSchema,
  familyRoleSchema,
  eventSchema,
  idSchema,
  involvementSchema,
  longTextSchema,
  memberSchema,
  shortTextSchema,
  stanceSchema,
  statementSchema,
  statementStatusSchema,
  subjectSchema,
  threeHousesSchema,
} from '../domain';

/**
 * Every mutation a client may send, with the schema of its args. The server validates args with
 * these before it authorizes and applies them; the client applies the same change optimistically.
 * Names follow `entity.verb`. Server-set fields (author, timestamps, correction status, readBy,
 * statement history) are never in args, and every args object is strict: an unknown field (an
 * attempt to set `authorMemberId`, say) makes the whole mutation a `bad-request` rejection.
 * `*.put` carries the full value of a professional's row; an existing row's case never changes.
 */
const idArgs = z.strictObject({ id: idSchema });

/** A row a professional writes whole, minus what the server keeps itself. */
const putArgs = <S extends z.ZodMiniObject>(value: S) => z.strictObject({ value });

/**
 * What a professional fills in about a family member. `role` is chosen once (member.add); the
 * server derives `hasCustody` and `youthAllowsParentView` for the roles they do not apply to.
 */
const memberDetails = z.omit(memberSchema, {
  id: true,
  caseId: true,
  role: true,
  endedOn: true,
  teamRole: true,
}).shape;

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
  'perspective.edit': z.strictObject({
    id: idSchema,
    text: longTextSchema,
    houses: z.optional(z.nullable(threeHousesSchema)),
    audience: z.optional(audienceSchema),
    stance: z.optional(stanceSchema),
  }),
  'perspective.withdraw': idArgs,
  /** A professional answers a correction request (stance incorrect/outdated). */
  'perspective.resolve': z.strictObject({
    id: idSchema,
    outcome: z.enum(['corrected', 'kept']),
    reason: longTextSchema.check(z.minLength(1)),
  }),
  'perspective.markRead': idArgs,
  /**
   * A youth of 12–15 objects to a parent reading one of their perspectives; the professional
   * records it (POLICY.md, decision 013). `objects: false` withdraws the objection.
   */
  'perspective.setObjection': z.strictObject({
    id: idSchema,
    parentMemberId: idSchema,
    objects: z.boolean(),
  }),
  'reply.add': z.strictObject({
    id: idSchema,
    perspectiveId: idSchema,
    text: longTextSchema.check(z.minLength(1)),
  }),
  'involvement.put': putArgs(z.strictObject(involvementSchema.shape)),
  'involvement.end': z.strictObject({ id: idSchema, until: daySchema }),
  'decision.put': putArgs(z.strictObject(decisionSchema.shape)),
  'decision.withdraw': idArgs,
  'statement.put': putArgs(
    z.strictObject({
      ...z.omit(statementSchema, { history: true, status: true }).shape,
      // `withdrawn` only through statement.withdraw, so the history stays honest.
      status: z.enum(
        statementStatusSchema.options.filter((s) => s !== 'withdrawn') as [
          'current',
          'disputed',
          'corrected',
        ],
      ),
    }),
  ),
  'statement.withdraw': idArgs,
  'event.put': putArgs(z.strictObject(eventSchema.shape)),
  'event.cancel': idArgs,
  /** A new case; the actor becomes its professional member `memberId` (see case-create.ts). */
  'case.create': z.strictObject({
    id: idSchema,
    title: shortTextSchema,
    memberId: idSchema,
    teamRole: teamRoleSchema,
  }),
  'member.add': z.strictObject({ id: idSchema, caseId: idSchema, role: familyRoleSchema, ...memberDetails }),
  'member.update': z.strictObject({ id: idSchema, ...memberDetails }),
  /** The member leaves the case: no access from now on (decision 009). */
  'member.end': idArgs,
  /** A colleague of the actor's organisation joins the case team as its professional member `id`. */
  'team.add': z.strictObject({ id: idSchema, caseId: idSchema, userId: idSchema, teamRole: teamRoleSchema }),
  'team.setRole': z.strictObject({ id: idSchema, teamRole: teamRoleSchema }),
} as const;

export type MutationName = keyof typeof mutationArgSchemas;
export const mutationNames = Object.keys(mutationArgSchemas) as MutationName[];
export type MutationArgs<N extends MutationName> = z.infer<(typeof mutationArgSchemas)[N]>;
export const isMutationName = (name: string): name is MutationName => Object.hasOwn(mutationArgSchemas, name);
