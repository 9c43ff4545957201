import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../i18n/format-date';

interface Props {
  /** Last day of the term, or null when there is none. */
  deadline: string | null;
  daysLeft: number | null;
  expired: boolean;
  /** Said instead of a countdown when there is no deadline (e.g. "no fixed term", "still a proposal"). */
  noDeadline: string;
}

/**
 * "Nog 9 dagen · Uiterlijk 7 december 2026", "Vandaag is de laatste dag", "De termijn is voorbij".
 * The state is in the words (and a shape), never in colour alone.
 */
export function Countdown({ deadline, daysLeft, expired, noDeadline }: Props) {
  const { t } = useTranslation(['measures', 'decisions']);
  const format = useDateFormat();
  if (deadline === null || daysLeft === null) {
    return <p className="countdown countdown--none">{noDeadline}</p>;
  }
  const date = format.day(deadline);
  if (expired) {
    return (
      <p className="countdown countdown--expired">
        <strong>{t('measures:expired')}</strong>{' '}
        <span className="countdown__date">{t('decisions:object.expiredOn', { date })}</span>
      </p>
    );
  }
  const urgent = daysLeft <= 3;
  return (
    <p className={`countdown ${urgent ? 'countdown--urgent' : 'countdown--running'}`}>
      <strong className="countdown__days">
        {daysLeft === 0 ? t('measures:lastDay') : t('measures:daysLeft', { count: daysLeft })}
      </strong>{' '}
      <span className="countdown__date">{t('measures:deadlineOn', { date })}</span>
    </p>
  );
}
