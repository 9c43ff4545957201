import { useTranslation } from 'react-i18next';
import { fetchMemberAccess } from '../../../data/api/pro-api';
import type { MemberAccess } from '../../../shared/api/pro';
import { useDateFormat } from '../../i18n/format-date';
import { useOnline, type Online } from './use-online';

/** Whether each member can get in (online only: invitations are not case data on the device). */
export const useMemberAccess = (caseId: string) => useOnline(() => fetchMemberAccess(caseId), [caseId]);

export function AccessText({ access, memberId }: { access: Online<MemberAccess[]>; memberId: string }) {
  const { t } = useTranslation('pro');
  const format = useDateFormat();
  if (access.state === 'loading') return <>{t('access.loading')}</>;
  if (access.state === 'failed') return <>{t('access.unknown')}</>;
  const found = access.data.find((entry) => entry.memberId === memberId);
  if (!found) return <>{t('access.unknown')}</>;
  const expires = found.expiresAt ? format.day(found.expiresAt.slice(0, 10)) : '';
  switch (found.state) {
    case 'invited':
      return <>{t('access.invited', { date: expires })}</>;
    case 'expired':
      return <>{t('access.expired', { date: expires })}</>;
    default:
      return <>{t(`access.${found.state}`)}</>;
  }
}
