import * as z from 'zod/mini';
import { measureKeySchema } from '../catalog/measures';
import {
  daySchema,
  idSchema,
  longTextSchema,
  memberIdListSchema,
  optionalText,
  shortTextSchema,
  withheldListSchema,
} from './primitives';

export const decisionStatuses = ['proposed', 'in-effect', 'ended', 'appealed'] as const;
export const decisionStatusSchema = z.enum(decisionStatuses);

/** What a decision means, told once for parents and once for young people. */
export const audienceTextSchema = z.object({ parent: longTextSchema, youth: longTextSchema });

const goalText = z.string().check(z.trim(), z.minLength(1), z.maxLength(2000));

/**
 * What must change for the measure to end: a concern the judge named, as a goal the family can work
 * towards. The professional fills it in; the family sees it on the decision.
 */
export const endGoalSchema = z.object({ concern: goalText, goal: goalText });
export type EndGoal = z.infer<typeof endGoalSchema>;

export const decisionSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  kind: measureKeySchema,
  title: shortTextSchema,
  summary: longTextSchema,
  /** The involvement (organisation/person) that decided. */
  decidedBy: z.nullable(idSchema),
  /** The day of the decision; for a schriftelijke aanwijzing the day it was sent. */
  decidedOn: daySchema,
  startsOn: daySchema,
  endsOn: z.nullable(daySchema),
  reviewOn: z.nullable(daySchema),
  /** Article(s), e.g. "BW 1:255"; the plain explanation comes from the measure catalogue. */
  legalBasis: optionalText(200),
  meaning: audienceTextSchema,
  nextSteps: longTextSchema,
  /** Absent on decisions written before the field existed, and where nothing was filled in yet. */
  toEnd: z.optional(z.array(endGoalSchema).check(z.maxLength(20))),
  status: decisionStatusSchema,
  sharedWithNetwork: z.boolean(),
  hiddenFrom: z.optional(memberIdListSchema),
  withheld: z.optional(withheldListSchema),
});
export type Decision = z.infer<typeof decisionSchema>;
