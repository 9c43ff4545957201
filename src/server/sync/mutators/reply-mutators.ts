import type { Perspective } from '../../../shared/domain';
import { put, type Mutator } from './mutator';

/** Replies on a perspective: the author is the actor; who may reply is the write policy's call. */
export const addReply: Mutator<'reply.add'> = {
  target: (args) => ({
    entity: 'perspective',
    id: args.perspectiveId,
    exists: 'existing',
    creates: { entity: 'reply', id: args.id },
  }),
  policy: (_args, current) => ({ perspective: current as Perspective }),
  async apply(args, context) {
    return [
      put('reply', {
        id: args.id,
        caseId: context.caseId,
        perspectiveId: args.perspectiveId,
        authorMemberId: context.actor.id,
        text: args.text,
        createdAt: context.now,
      }),
    ];
  },
};
