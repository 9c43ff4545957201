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
  status: decisionStatusSchema,
  sharedWithNetwork: z.boolean(),
  hiddenFrom: z.optional(memberIdListSchema),
  withheld: z.optional(withheldListSchema),
});
export type Decision = z.infer<typeof decisionSchema>;
