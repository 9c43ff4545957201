import type { FastifyInstance } from 'fastify';
import { EXPORT_FORMAT, type PersonalExport } from '../../shared/api/export';
import type { AppContext } from '../app-context';
import { accessLogFor } from '../audit/access-log-view';
import { setExportedMembers } from '../audit/audit-hook';
import { callerOf } from '../policy/route-guard';
import { visibleValue } from '../policy/read-policy';
import { createReadScope } from '../policy/read-scope';
import type { CaseSnapshot } from '../storage/storage';
import { todayInNetherlands } from '../today';

/**
 * `GET /api/me/export` (AVG art. 15, SECURITY.md F2): one JSON file with everything Gezien holds
 * about the caller. Case rows go through the read policy exactly as a pull does, so another
 * person's private details and withheld items stay out. Logged as `export` (route-policy.ts).
 */
export function exportRoutes(app: FastifyInstance, context: AppContext): void {
  const { storage } = context;
  app.get('/api/me/export', async (request, reply): Promise<PersonalExport> => {
    const user = callerOf(request).user!;
    const today = todayInNetherlands();
    const cases: PersonalExport['cases'] = [];
    const held = new Map<string, string[]>();
    for (const { caseId, memberId } of await storage.listMembershipsForUser(user.id)) {
      const snapshot = await storage.loadCaseSnapshot(caseId);
      const viewer = snapshot?.rows.member.find((row) => row.id === memberId)?.value;
      if (!snapshot || !viewer) continue;
      const data = visibleData(snapshot, viewer, today);
      held.set(
        caseId,
        (data.member ?? []).map((m) => (m as { id: string }).id),
      );
      cases.push({
        caseId,
        memberId,
        data,
        accessedBy: viewer.role === 'network' ? [] : await accessLogFor(storage, viewer, today, {}),
      });
    }
    setExportedMembers(request, held);
    const sessions = await storage.listSessionsForUser(user.id);
    const ownActivity = await storage.listAuditRecords({ actorUserId: user.id });
    reply.header('content-disposition', 'attachment; filename="gezien-export.json"');
    return {
      format: EXPORT_FORMAT,
      exportedAt: new Date().toISOString(),
      user: { id: user.id, username: user.username, kind: user.kind, displayName: user.displayName },
      cases,
      sessions: sessions.map(({ createdAt, lastSeenAt, expiresAt }) => ({
        createdAt,
        lastSeenAt,
        expiresAt,
      })),
      ownActivity: ownActivity.map((r) => ({
        at: r.at,
        action: r.action,
        entity: r.dataEntity,
        caseId: r.caseId,
      })),
    };
  });
}

function visibleData(
  snapshot: CaseSnapshot,
  viewer: CaseSnapshot['rows']['member'][number]['value'],
  today: string,
) {
  const rows = {
    case: [snapshot.case.value],
    ...Object.fromEntries(
      Object.entries(snapshot.rows).map(([e, list]) => [e, list.map((row) => row.value)]),
    ),
  };
  const scope = createReadScope(viewer, today, rows);
  const data: Record<string, unknown[]> = {};
  for (const [entity, values] of Object.entries(rows)) {
    data[entity] = (values as never[]).flatMap((value) => {
      const visible = visibleValue(entity as never, value, scope);
      return visible ? [visible] : [];
    });
  }
  return data;
}
