import * as z from 'zod/mini';
import { roleKeySchema } from '../catalog/roles';
import {
  daySchema,
  emailSchema,
  idSchema,
  memberIdListSchema,
  optionalText,
  phoneSchema,
  shortTextSchema,
  withheldListSchema,
} from './primitives';

export const contactSchema = z.object({
  phone: phoneSchema,
  email: emailSchema,
  /** When they can be reached, in the professional's own words. */
  hours: optionalText(200),
});
export type Contact = z.infer<typeof contactSchema>;

/** Someone involved with the family: an organisation and, usually, a person there. */
export const involvementSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  roleKey: roleKeySchema,
  organisation: shortTextSchema,
  personName: optionalText(200),
  function: optionalText(200),
  /** Left out on the wire when the contact is hidden from the reader. */
  contact: z.optional(z.nullable(contactSchema)),
  /** Members for whom this person is their own contact ("my contact"). */
  contactFor: memberIdListSchema,
  since: daySchema,
  until: z.nullable(daySchema),
  hiddenFrom: z.optional(memberIdListSchema),
  withheld: z.optional(withheldListSchema),
  contactHiddenFrom: z.optional(memberIdListSchema),
});
export type Involvement = z.infer<typeof involvementSchema>;
