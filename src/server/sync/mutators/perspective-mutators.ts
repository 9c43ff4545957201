import { isCorrectionRequest, type Perspective } from '../../../shared/domain';
import { editedPerspective, newPerspective, readPerspective } from '../../../shared/sync/perspective-rules';
import { ageBandOn } from '../../policy/age-rules';
import { put, remove, type Mutator, type MutatorContext } from './mutator';

/**
 * The family's voice. The author is always the actor (never from args); incorrect/outdated open a
 * correction request only a professional can resolve. Withdrawing deletes the perspective and its
 * replies for everyone who could see them (SECURITY.md F3: the family may take its words back);
 * the `withdrawn` flag of the schema is therefore never set by the server.
 */
const asPerspective = (value: unknown) => value as Perspective;

const subjectVisible = async ({ type, id }: Perspective['subject'], context: MutatorContext) =>
  type === 'case' ? id === context.caseId : context.canSee(type, id);

export const addPerspective: Mutator<'perspective.add'> = {
  target: (args) => ({ entity: 'perspective', id: args.id, exists: 'new', caseId: args.caseId }),
  policy: (args) => ({ audience: args.audience }),
  async apply(args, context) {
    if (!(await subjectVisible(args.subject, context))) return 'not-found';
    return [put('perspective', newPerspective(args, context.actor.id, context.now))];
  },
};

export const editPerspective: Mutator<'perspective.edit'> = {
  target: (args) => ({ entity: 'perspective', id: args.id, exists: 'existing' }),
  policy: (args, current) => ({
    perspective: asPerspective(current),
    audience: args.audience ?? asPerspective(current).audience,
  }),
  async apply(args, context, current) {
    return [put('perspective', editedPerspective(asPerspective(current), args, context.now))];
  },
};

export const withdrawPerspective: Mutator<'perspective.withdraw'> = {
  target: (args) => ({ entity: 'perspective', id: args.id, exists: 'existing' }),
  policy: (_args, current) => ({ perspective: asPerspective(current) }),
  async apply(args, context) {
    const replies = await context.referencing('reply', 'perspectiveId', args.id);
    return [...replies.map((reply) => remove('reply', reply.id)), remove('perspective', args.id)];
  },
};

/**
 * A professional answers a correction request once: answering one that is already answered is a
 * `conflict` (decision 012), so a second answer never silently overwrites the first. A rewrite by
 * the family reopens the request (perspective-rules.ts), and then it can be answered again.
 * `corrected` on a reason links to the reason's newest earlier wording (its revision).
 */
export const resolvePerspective: Mutator<'perspective.resolve'> = {
  target: (args) => ({ entity: 'perspective', id: args.id, exists: 'existing' }),
  async apply(args, context, current) {
    const before = asPerspective(current);
    if (!isCorrectionRequest(before.stance) || before.correctionStatus !== 'open') return 'conflict';
    const { type, id } = before.subject;
    const statement = type === 'statement' ? await context.find('statement', id) : undefined;
    const revision = args.outcome === 'corrected' ? statement?.history.at(-1) : undefined;
    return [
      put('perspective', {
        ...before,
        correctionStatus: args.outcome,
        correctionReason: args.reason,
        resolvedAt: context.now,
        correctedRevisionAt: revision?.replacedAt ?? null,
        updatedAt: context.now,
      }),
    ];
  },
};

export const markPerspectiveRead: Mutator<'perspective.markRead'> = {
  target: (args) => ({ entity: 'perspective', id: args.id, exists: 'existing' }),
  async apply(_args, context, current) {
    // readBy is not a change of content: updatedAt stays.
    const read = readPerspective(asPerspective(current), context.actor.id, context.now);
    return read ? [put('perspective', read)] : [];
  },
};

/**
 * The professional records a 12–15-year-old's objection to one parent reading their perspective
 * (POLICY.md; decision 013): the parent goes into `hiddenFrom`, which always wins. Only for a youth
 * author aged 12–15 on the day (from 16 the youth's own consent decides), and only for a parent.
 */
export const setPerspectiveObjection: Mutator<'perspective.setObjection'> = {
  target: (args) => ({ entity: 'perspective', id: args.id, exists: 'existing' }),
  async apply(args, context, current) {
    const before = asPerspective(current);
    const author = await context.find('member', before.authorMemberId);
    const parent = await context.find('member', args.parentMemberId);
    if (!parent || parent.role !== 'parent') return 'not-found';
    if (author?.role !== 'youth' || ageBandOn(author.birthDate, context.today) !== '12-15') return 'conflict';
    const listed = before.hiddenFrom ?? [];
    if (args.objects === listed.includes(parent.id)) return [];
    const others = listed.filter((id) => id !== parent.id);
    const hiddenFrom = args.objects ? [...others, parent.id] : others;
    return [put('perspective', { ...before, hiddenFrom, updatedAt: context.now })];
  },
};
