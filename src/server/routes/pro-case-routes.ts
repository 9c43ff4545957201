import type { FastifyInstance } from 'fastify';
import type { ColleagueInfo, ViewAsResponse } from '../../shared/api/pro';
import type { AppContext } from '../app-context';
import { setAuditData } from '../audit/audit-hook';
import { ApiError } from '../http/api-error';
import { callerOf } from '../policy/route-guard';
import { viewAs } from '../sync/view-as';
import { todayInNetherlands } from '../today';
import { familyMemberOf } from './pro-invitation-routes';

/**
 * The console's case routes that are not invitations (decision 009): the colleagues of my
 * organisation (for the case team) and "Bekijk als …". Only the case's professionals get here.
 */
export function proCaseRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage } = context;

  app.get('/api/pro/cases/:caseId/colleagues', async (request): Promise<{ colleagues: ColleagueInfo[] }> => {
    const { user, member } = callerOf(request);
    // An organisation comes from the login (npm run admin); without one there are no colleagues.
    if (!user?.organisation) return { colleagues: [] };
    const logins = await storage.listMemberLogins(member!.caseId);
    const colleagues = await storage.listProfessionalsOf(user.organisation);
    return {
      colleagues: colleagues.map((colleague) => ({
        userId: colleague.id,
        displayName: colleague.displayName,
        memberId: logins.find((login) => login.userId === colleague.id)?.memberId ?? null,
      })),
    };
  });

  app.get('/api/pro/cases/:caseId/view-as/:memberId', async (request): Promise<ViewAsResponse> => {
    const professional = callerOf(request).member!;
    const member = await familyMemberOf(request, context);
    const snapshot = await storage.loadCaseSnapshot(member.caseId);
    if (!snapshot) throw new ApiError(404, 'not-found');
    const changes = viewAs(snapshot, member, professional, todayInNetherlands());
    const own = changes.find((change) => change.entity === 'member' && change.value.id === member.id);
    setAuditData(request, [member.id], 'member');
    return { member: own?.value as ViewAsResponse['member'], changes };
  });
}
