import * as z from 'zod/mini';
import { teamRoleSchema } from '../catalog/team-roles';
import { daySchema, emailSchema, idSchema, optionalText, phoneSchema, shortTextSchema } from './primitives';

export const memberRoles = ['parent', 'youth', 'network', 'professional'] as const;
export const memberRoleSchema = z.enum(memberRoles);
export type MemberRole = z.infer<typeof memberRoleSchema>;

/** The roles a professional adds by hand; professionals join through the case team. */
export const familyRoles = ['parent', 'youth', 'network'] as const;
export const familyRoleSchema = z.enum(familyRoles);
export type FamilyRole = z.infer<typeof familyRoleSchema>;

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
  phone: z.optional(phoneSchema),
  email: z.optional(emailSchema),
  /** The day a professional ended this member's place in the case: from then on no access. */
  endedOn: z.optional(z.nullable(daySchema)),
  /** For professionals: what they do on the case team. */
  teamRole: z.optional(z.nullable(teamRoleSchema)),
});
export type Member = z.infer<typeof memberSchema>;
