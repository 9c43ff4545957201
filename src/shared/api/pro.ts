import * as z from 'zod/mini';
import { idSchema, instantSchema, memberSchema } from '../domain';
import { changeSchema } from '../sync/protocol';

/**
 * The professional console's own routes (`/api/pro/*`, decision 009). Everything a console screen
 * reads offline comes through sync; these are the few things that are not case rows (invitations,
 * colleagues) or that must be computed by the server (Bekijk als …). Online only.
 */
export const invitationStates = ['not-invited', 'invited', 'expired', 'active', 'ended'] as const;
export const invitationStateSchema = z.enum(invitationStates);
export type InvitationState = z.infer<typeof invitationStateSchema>;

/** `GET /api/pro/cases/:caseId/invitations`: per member, whether they can get in. */
export const memberAccessSchema = z.object({
  memberId: idSchema,
  state: invitationStateSchema,
  /** For `invited` and `expired`: when the link stops (or stopped) working. */
  expiresAt: z.nullable(instantSchema),
});
export type MemberAccess = z.infer<typeof memberAccessSchema>;
export const memberAccessResponseSchema = z.object({ members: z.array(memberAccessSchema) });

/** `GET /api/pro/cases/:caseId/colleagues`: professionals of my organisation, and who is on the case. */
export const colleagueSchema = z.object({
  userId: idSchema,
  displayName: z.string(),
  /** Their member id in this case when they are on its team now. */
  memberId: z.nullable(idSchema),
});
export type ColleagueInfo = z.infer<typeof colleagueSchema>;
export const colleaguesResponseSchema = z.object({ colleagues: z.array(colleagueSchema) });

/**
 * `GET /api/pro/cases/:caseId/view-as/:memberId`: the rows that member's full pull holds, as `put`
 * changes in pull order, less their private words (which not even a professional may read).
 */
export const viewAsResponseSchema = z.object({ member: memberSchema, changes: z.array(changeSchema) });
export type ViewAsResponse = z.infer<typeof viewAsResponseSchema>;
