// The console's online-only calls (decision 009): invitations, colleagues and Bekijk als. Case data
// itself always comes through sync; these answers are never stored on the device.
import { accessLogResponseSchema } from '../../shared/api/audit';
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

/**
 * The case's access log for the console. Same route as the family's "Wie heeft mijn gegevens
 * bekeken" (access-log-api.ts), asked from here so the console chunk does not share a chunk with it.
 */
export async function fetchCaseAccessLog(caseId: string, period: { from?: string; to?: string }) {
  const query = new URLSearchParams(
    Object.entries(period).filter((entry): entry is [string, string] => !!entry[1]),
  );
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  const path = `/api/cases/${encodeURIComponent(caseId)}/access-log${suffix}`;
  return (await request('GET', path, accessLogResponseSchema)).entries;
}
