// The console's online-only calls (decision 009): invitations, colleagues and Bekijk als. Case data
// itself always comes through sync; these answers are never stored on the device.
import { createInvitationResponseSchema } from '../../shared/api/invitations';
import {
  colleaguesResponseSchema,
  memberAccessResponseSchema,
  viewAsResponseSchema,
} from '../../shared/api/pro';
import { request } from './http-client';

const casePath = (caseId: string) => `/api/pro/cases/${encodeURIComponent(caseId)}`;
const invitationPath = (caseId: string, memberId: string) =>
  `${casePath(caseId)}/members/${encodeURIComponent(memberId)}/invitation`;

export const fetchMemberAccess = async (caseId: string) =>
  (await request('GET', `${casePath(caseId)}/invitations`, memberAccessResponseSchema)).members;

export const createInvitation = (caseId: string, memberId: string) =>
  request('POST', invitationPath(caseId, memberId), createInvitationResponseSchema);

export const revokeInvitation = (caseId: string, memberId: string) =>
  request('DELETE', invitationPath(caseId, memberId), null);

export const fetchColleagues = async (caseId: string) =>
  (await request('GET', `${casePath(caseId)}/colleagues`, colleaguesResponseSchema)).colleagues;

export const fetchViewAs = (caseId: string, memberId: string) =>
  request('GET', `${casePath(caseId)}/view-as/${encodeURIComponent(memberId)}`, viewAsResponseSchema);
