import { useTranslation } from 'react-i18next';
import { ageOn, todayInNl } from '../../../shared/catalog/dates';
import type { Member } from '../../../shared/domain';

/** "ouder, met gezag", "jongere, 12 jaar", "netwerk: oma", "gedragswetenschapper". */
export function MemberRoleText({ member }: { member: Member }) {
  const { t } = useTranslation(['pro', 'proteam']);
  switch (member.role) {
    case 'parent':
      return (
        <>{member.hasCustody ? t('pro:member.parentWithCustody') : t('pro:member.parentWithoutCustody')}</>
      );
    case 'youth':
      return member.birthDate ? (
        <>{t('pro:member.youthAge', { count: ageOn(member.birthDate, todayInNl()) })}</>
      ) : (
        <>{t('pro:member.youth')}</>
      );
    case 'network':
      return (
        <>
          {member.relation
            ? t('pro:member.networkAs', { relation: member.relation })
            : t('pro:member.network')}
        </>
      );
    case 'professional':
      return <>{t(`proteam:role.${member.teamRole ?? 'other'}`)}</>;
  }
}
