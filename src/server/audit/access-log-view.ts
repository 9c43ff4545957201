import type { AccessLogEntry } from '../../shared/api/audit';
import { accessLogActions } from '../../shared/api/audit';
import type { Member } from '../../shared/domain';
import { entityNames, type EntityName } from '../../shared/sync/protocol';
import { visibleValue } from '../policy/read-policy';
import { createReadScope } from '../policy/read-scope';
import type { AuditRecord } from '../storage/audit-queries';
import type { Storage } from '../storage/storage';

/**
 * "Wie heeft mijn gegevens bekeken" (SECURITY.md E3, POLICY.md access-log row). A family member
 * sees professionals' accesses to data they may see themselves: the case as a whole, or rows that
 * pass the read policy for them. Other family members' activity is never shown, and neither are
 * row ids. A professional sees the accesses by their own organisation.
 */
const shown = new Set<string>(accessLogActions);

export async function accessLogFor(
  storage: Storage,
  viewer: Member,
  today: string,
  filter: { from?: string; to?: string },
  viewerOrganisation?: string,
): Promise<AccessLogEntry[]> {
  const records = await storage.listAuditRecords({
    caseId: viewer.caseId,
    from: filter.from,
    to: filter.to && `${filter.to}T23:59:59.999Z`,
  });
  const snapshot = await storage.loadCaseSnapshot(viewer.caseId);
  if (!snapshot) return [];
  const rows = {
    case: [snapshot.case.value],
    ...Object.fromEntries(
      Object.entries(snapshot.rows).map(([entity, list]) => [entity, list.map((row) => row.value)]),
    ),
  };
  const scope = createReadScope(viewer, today, rows);
  const canSee = (record: AuditRecord) => {
    if (record.dataEntity === 'case' || record.dataEntity === 'access-log') return true;
    if (!(entityNames as string[]).includes(record.dataEntity)) return false;
    const entity = record.dataEntity as EntityName;
    return record.dataIds.some((id) => {
      const value = scope.find(entity, id);
      return value !== undefined && visibleValue(entity, value, scope) !== null;
    });
  };
  const relevant = records.filter((record) =>
    viewer.role === 'professional'
      ? record.actorOrganisation === viewerOrganisation && shown.has(record.action)
      : record.actorRole === 'professional' && shown.has(record.action) && canSee(record),
  );
  const names = new Map<string, string>();
  const entries: AccessLogEntry[] = [];
  for (const record of relevant) {
    if (!names.has(record.actorUserId)) {
      names.set(record.actorUserId, (await storage.findUserById(record.actorUserId))?.displayName ?? '-');
    }
    entries.push({
      at: record.at,
      actorName: names.get(record.actorUserId)!,
      actorRole: record.actorRole,
      organisation: record.actorOrganisation,
      action: record.action as AccessLogEntry['action'],
      entity: record.dataEntity,
    });
  }
  return entries;
}
