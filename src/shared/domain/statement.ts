import * as z from 'zod/mini';
import {
  daySchema,
  idSchema,
  instantSchema,
  longTextSchema,
  memberIdListSchema,
  shortTextSchema,
  withheldListSchema,
} from './primitives';

export const statementKinds = ['fact', 'observation', 'opinion', 'worry', 'strength'] as const;
export const statementKindSchema = z.enum(statementKinds);
export type StatementKind = z.infer<typeof statementKindSchema>;

export const statementStatuses = ['current', 'disputed', 'corrected', 'withdrawn'] as const;
export const statementStatusSchema = z.enum(statementStatuses);

/** An earlier wording of a corrected statement: it stays readable, marked as replaced. */
export const statementRevisionSchema = z.object({ text: longTextSchema, replacedAt: instantSchema });

/** A reason behind a decision. Facts and opinions are told apart by `kind`. */
export const statementSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  decisionId: idSchema,
  kind: statementKindSchema,
  text: longTextSchema,
  /** Who said or saw it, e.g. "School (mentor)". */
  source: shortTextSchema,
  observedOn: daySchema,
  lastCheckedOn: daySchema,
  status: statementStatusSchema,
  history: z.array(statementRevisionSchema),
  hiddenFrom: z.optional(memberIdListSchema),
  withheld: z.optional(withheldListSchema),
});
export type Statement = z.infer<typeof statementSchema>;
