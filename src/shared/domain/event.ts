import * as z from 'zod/mini';
import {
  idSchema,
  instantSchema,
  longTextSchema,
  memberIdListSchema,
  optionalText,
  shortTextSchema,
  withheldListSchema,
} from './primitives';

export const eventKinds = ['hearing', 'meeting', 'home-visit', 'deadline'] as const;
export const eventKindSchema = z.enum(eventKinds);

/** Something on the calendar: a court hearing, a meeting, a home visit, a deadline. */
export const eventSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  kind: eventKindSchema,
  title: shortTextSchema,
  startsAt: instantSchema,
  endsAt: z.nullable(instantSchema),
  place: optionalText(300),
  /** Involvements (people involved) who will be there. */
  withInvolvements: memberIdListSchema,
  invitedMembers: memberIdListSchema,
  /** What the professional asks the family to think about beforehand. */
  prepareNote: z.nullable(longTextSchema),
  hiddenFrom: z.optional(memberIdListSchema),
  withheld: z.optional(withheldListSchema),
});
export type CaseEvent = z.infer<typeof eventSchema>;
