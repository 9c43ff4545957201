import * as z from 'zod/mini';
import { daySchema, idSchema, optionalText, shortTextSchema } from './primitives';

export const memberRoles = ['parent', 'youth', 'network', 'professional'] as const;
export const memberRoleSchema = z.enum(memberRoles);
export type MemberRole = z.infer<typeof memberRoleSchema>;

/**
 * A person's place in a case. The private fields (birth date, address, phone, email) are
 * optional on the wire: the server leaves them out for anyone who may not see them.
 */
export const memberSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  displayName: shortTextSchema,
  role: memberRoleSchema,
  /** For parents: holds parental authority (gezag). */
  hasCustody: z.nullable(z.boolean()),
  /** For youth 16+: allows parents to see their own file items. */
  youthAllowsParentView: z.boolean(),
  /** Free text relation for network members, e.g. "oma", "pleegmoeder". */
  relation: optionalText(80),
  birthDate: z.optional(z.nullable(daySchema)),
  address: z.optional(optionalText(300)),
  phone: z.optional(optionalText(40)),
  email: z.optional(optionalText(200)),
});
export type Member = z.infer<typeof memberSchema>;
