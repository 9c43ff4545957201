import { randomUUID } from 'node:crypto';
import type { Decision, Member, Perspective } from '../../src/shared/domain';
import type { MutationName } from '../../src/shared/sync/mutations';
import type { RowEntity } from '../../src/server/sync/mutators/mutator';
import type { Storage } from '../../src/server/storage/storage';
import { actors, type Actor, type TwoCases } from './two-cases';

/**
 * For the write half of the access matrix: per mutation and per actor, VALID args aimed at case 1,
 * and the rows of case 1 they need, planted fresh per cell so no cell depends on another (a
 * withdraw deletes its row). Where a mutation acts on an existing row, the row is one the actor can
 * see (POLICY.md Reading): their own perspective for edit/withdraw, their own (family) or a shared
 * one (professional) for reply.add, a shared one for markRead, a shared correction request for
 * resolve, and a decision shared with the network, an event the network is invited to. Outsiders
 * (the other case's professional, anonymous) get the same kind of row of case 1.
 * `applied` says whether the mutation's effect is in storage; `authoredBy` the author of a row the
 * mutation creates (which must be the actor, never taken from the args).
 */
export interface MutationCell {
  name: MutationName;
  actor: Actor;
  args: Record<string, unknown>;
  applied(storage: Storage): Promise<boolean>;
  authoredBy?(storage: Storage): Promise<string | undefined>;
  /** case.create: an allowed cell makes a new case instead of changing case 1. */
  createsCase?: boolean;
}

interface Plant {
  entity: RowEntity;
  value: { id: string; caseId: string };
}

interface CellContext {
  fixture: TwoCases;
  caseId: string;
  /** The actor's member of case 1, or, for an outsider, a member of case 1 to stand in as author. */
  self: Member;
  /** A family member of case 1 other than the actor, whose `everyone` rows every member can see. */
  other: Member;
  isProfessional: boolean;
  plant(entity: RowEntity, value: { id: string; caseId: string }): void;
}

type CellBuilder = (context: CellContext) => Omit<MutationCell, 'name' | 'actor'>;

const at = '2025-04-01T09:00:00.000Z';

const live = async (storage: Storage, entity: RowEntity, id: string) => {
  const row = await storage.findRow(entity, id);
  return row && !row.deleted ? (row.value as unknown as Record<string, unknown>) : undefined;
};
const gone = async (storage: Storage, entity: RowEntity, id: string) => {
  const row = await storage.findRow(entity, id);
  return row === undefined || row.deleted;
};

function perspective(context: CellContext, author: Member, extra: Partial<Perspective> = {}): Perspective {
  const value: Perspective = {
    id: randomUUID(),
    caseId: context.caseId,
    authorMemberId: author.id,
    subject: { type: 'case', id: context.caseId },
    stance: 'story',
    text: 'Matrix perspective',
    houses: null,
    audience: author.role === 'professional' ? 'professionals' : 'everyone',
    correctionStatus: null,
    correctionReason: null,
    readBy: [],
    withdrawn: false,
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
  context.plant('perspective', value);
  return value;
}

/** The actor's own perspective: a note for a professional, for everyone for a family member. */
const ownPerspective = (context: CellContext) => perspective(context, context.self);

function decisionValue(context: CellContext): Decision {
  return {
    id: randomUUID(),
    caseId: context.caseId,
    kind: 'ots',
    title: 'Matrix OTS',
    summary: 'Toezicht',
    decidedBy: null,
    decidedOn: '2025-01-01',
    startsOn: '2025-01-01',
    endsOn: null,
    reviewOn: null,
    legalBasis: 'BW 1:255',
    meaning: { parent: 'Uitleg voor ouders', youth: 'Uitleg voor jou' },
    nextSteps: 'Gesprek',
    status: 'in-effect',
    // Shared, so the network can see it too.
    sharedWithNetwork: true,
  };
}
const plantedDecision = (context: CellContext) => {
  const value = decisionValue(context);
  context.plant('decision', value);
  return value;
};

const involvementValue = (context: CellContext) => ({
  id: randomUUID(),
  caseId: context.caseId,
  roleKey: 'gi',
  organisation: 'Matrix GI',
  personName: 'Matrix persoon',
  function: null,
  contact: null,
  contactFor: [],
  since: '2025-01-01',
  until: null,
});

const statementValue = (context: CellContext, decisionId: string) => ({
  id: randomUUID(),
  caseId: context.caseId,
  decisionId,
  kind: 'observation',
  text: 'Matrix reden',
  source: 'School',
  observedOn: '2025-01-01',
  lastCheckedOn: '2025-01-01',
  status: 'current',
});

const eventValue = (context: CellContext) => ({
  id: randomUUID(),
  caseId: context.caseId,
  kind: 'meeting',
  title: 'Matrix gesprek',
  startsAt: '2026-06-01T10:00:00.000Z',
  endsAt: null,
  place: null,
  withInvolvements: [],
  // Invited, so the network can see it too.
  invitedMembers: [context.fixture.members.network.id],
  prepareNote: null,
});

/** A family member of case 1 without a login, for the member mutations to change or end. */
function plantedMember(context: CellContext, extra: Partial<Member> = {}): Member {
  const value: Member = {
    id: randomUUID(),
    caseId: context.caseId,
    displayName: 'Matrix buurvrouw',
    role: 'network',
    hasCustody: null,
    youthAllowsParentView: false,
    relation: 'buurvrouw',
    ...extra,
  };
  context.plant('member', value);
  return value;
}

const memberDetails = {
  hasCustody: null,
  youthAllowsParentView: false,
  relation: 'tante',
  birthDate: null,
};

const exists = (entity: RowEntity, id: string) => async (storage: Storage) =>
  (await live(storage, entity, id)) !== undefined;
const authorOf = (entity: RowEntity, id: string) => async (storage: Storage) =>
  (await live(storage, entity, id))?.authorMemberId as string | undefined;

export const mutationCellBuilders: Record<MutationName, CellBuilder> = {
  'perspective.add': (context) => {
    const id = randomUUID();
    return {
      args: {
        id,
        caseId: context.caseId,
        subject: { type: 'case', id: context.caseId },
        stance: 'story',
        text: 'Matrix nieuw',
        audience: context.isProfessional ? 'professionals' : 'everyone',
      },
      applied: exists('perspective', id),
      authoredBy: authorOf('perspective', id),
    };
  },
  'perspective.edit': (context) => {
    const { id } = ownPerspective(context);
    return {
      args: { id, text: 'Matrix aangepast' },
      applied: async (storage) => (await live(storage, 'perspective', id))?.text === 'Matrix aangepast',
    };
  },
  'perspective.withdraw': (context) => {
    const { id } = ownPerspective(context);
    return { args: { id }, applied: (storage) => gone(storage, 'perspective', id) };
  },
  'perspective.resolve': (context) => {
    const { id } = perspective(context, context.other, { stance: 'incorrect', correctionStatus: 'open' });
    return {
      args: { id, outcome: 'kept', reason: 'Matrix: klopt zo' },
      applied: async (storage) => (await live(storage, 'perspective', id))?.correctionStatus === 'kept',
    };
  },
  'perspective.markRead': (context) => {
    const { id } = perspective(context, context.other);
    return {
      args: { id },
      applied: async (storage) => ((await live(storage, 'perspective', id))?.readBy as string[]).length > 0,
    };
  },
  'perspective.setObjection': (context) => {
    // Sam-like: a youth of 14 in case 1, objecting to parent A reading their perspective.
    const { youth14, parentA } = context.fixture.members;
    const { id } = perspective(context, youth14);
    return {
      args: { id, parentMemberId: parentA.id, objects: true },
      applied: async (storage) =>
        ((await live(storage, 'perspective', id))?.hiddenFrom as string[] | undefined)?.includes(
          parentA.id,
        ) ?? false,
    };
  },
  'reply.add': (context) => {
    // A family member replies on their own perspective; a professional on any they can see.
    const on = context.isProfessional ? perspective(context, context.other) : ownPerspective(context);
    const id = randomUUID();
    return {
      args: { id, perspectiveId: on.id, text: 'Matrix antwoord' },
      applied: exists('reply', id),
      authoredBy: authorOf('reply', id),
    };
  },
  'involvement.put': (context) => {
    const value = involvementValue(context);
    return { args: { value }, applied: exists('involvement', value.id) };
  },
  'involvement.end': (context) => {
    const planted = involvementValue(context);
    context.plant('involvement', planted);
    return {
      args: { id: planted.id, until: '2026-12-31' },
      applied: async (storage) => (await live(storage, 'involvement', planted.id))?.until === '2026-12-31',
    };
  },
  'decision.put': (context) => {
    const value = decisionValue(context);
    return { args: { value }, applied: exists('decision', value.id) };
  },
  'decision.withdraw': (context) => {
    const { id } = plantedDecision(context);
    return { args: { id }, applied: (storage) => gone(storage, 'decision', id) };
  },
  'statement.put': (context) => {
    const value = statementValue(context, plantedDecision(context).id);
    return { args: { value }, applied: exists('statement', value.id) };
  },
  'statement.withdraw': (context) => {
    const planted = { ...statementValue(context, plantedDecision(context).id), history: [] };
    context.plant('statement', planted);
    return {
      args: { id: planted.id },
      applied: async (storage) => (await live(storage, 'statement', planted.id))?.status === 'withdrawn',
    };
  },
  'event.put': (context) => {
    const value = eventValue(context);
    return { args: { value }, applied: exists('event', value.id) };
  },
  'event.cancel': (context) => {
    const planted = eventValue(context);
    context.plant('event', planted);
    return { args: { id: planted.id }, applied: (storage) => gone(storage, 'event', planted.id) };
  },
  'case.create': () => {
    const id = randomUUID();
    return {
      args: { id, title: 'Matrix nieuw dossier', memberId: randomUUID(), teamRole: 'jeugdbeschermer' },
      applied: (storage) => storage.caseExists(id),
      createsCase: true,
    };
  },
  'member.add': (context) => {
    const id = randomUUID();
    return {
      args: { id, caseId: context.caseId, role: 'network', displayName: 'Matrix tante', ...memberDetails },
      applied: exists('member', id),
    };
  },
  'member.update': (context) => {
    const { id } = plantedMember(context);
    return {
      args: { id, displayName: 'Matrix aangepast', ...memberDetails },
      applied: async (storage) => (await live(storage, 'member', id))?.displayName === 'Matrix aangepast',
    };
  },
  'member.end': (context) => {
    const { id } = plantedMember(context);
    return {
      args: { id },
      applied: async (storage) => typeof (await live(storage, 'member', id))?.endedOn === 'string',
    };
  },
  'team.add': (context) => {
    const id = randomUUID();
    const { colleagueUserId: userId } = context.fixture;
    return {
      args: { id, caseId: context.caseId, userId, teamRole: 'gedragswetenschapper' },
      applied: exists('member', id),
    };
  },
  'team.setRole': (context) => {
    const { id } = plantedMember(context, { displayName: 'Matrix collega', role: 'professional' });
    return {
      args: { id, teamRole: 'teamleider' },
      applied: async (storage) => (await live(storage, 'member', id))?.teamRole === 'teamleider',
    };
  },
};

/**
 * Builds one cell per mutation name × actor and plants every row they need into case 1 in one
 * write. Throws for a mutation name without a builder.
 */
export async function plantMutationCells(
  storage: Storage,
  fixture: TwoCases,
  names: readonly string[],
): Promise<MutationCell[]> {
  const planted: Plant[] = [];
  const cells: MutationCell[] = [];
  const { parentA, parentB } = fixture.members;
  for (const name of names) {
    const build = mutationCellBuilders[name as MutationName] as CellBuilder | undefined;
    if (!build) throw new Error(`no valid-args builder for mutation ${name}`);
    for (const actor of actors) {
      const inCaseOne = actor !== 'anonymous' && actor !== 'otherProfessional';
      const self = inCaseOne ? fixture.members[actor] : parentA;
      const context: CellContext = {
        fixture,
        caseId: fixture.caseOne,
        self,
        other: self.id === parentA.id ? parentB : parentA,
        isProfessional: actor === 'professional' || actor === 'otherProfessional',
        plant: (entity, value) => planted.push({ entity, value }),
      };
      cells.push({ name: name as MutationName, actor, ...build(context) });
    }
  }
  await storage.transaction(async (tx) => {
    const version = await tx.bumpCaseVersion(fixture.caseOne);
    for (const { entity, value } of planted) await tx.putEntity(entity, value as never, version);
  });
  return cells;
}
