import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/domain';

/** "Joyce Bakker (jeugdbeschermer)": the name and what the person is in the case. */
export function useMemberLabel(): (member: Member) => string {
  const { t } = useTranslation('voice');
  return (member) => {
    const what =
      member.relation ??
      (member.role === 'professional' && member.teamRole
        ? t(`teamRole.${member.teamRole}`)
        : t(`role.${member.role}`));
    return t('readers.person', { name: member.displayName, what });
  };
}

const roleOrder: Member['role'][] = ['professional', 'parent', 'youth', 'network'];

/** Readers in a steady order: the professionals first, then the family, each by name. */
export const byRoleThenName = (a: Member, b: Member) =>
  roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role) || a.displayName.localeCompare(b.displayName, 'nl');
