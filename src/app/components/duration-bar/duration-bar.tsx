import { useTranslation } from 'react-i18next';
import type { DurationProgress } from '../../../shared/catalog/deadlines';
import { useDateFormat } from '../../i18n/format-date';
import { remainingOf } from './remaining-text';

interface Props {
  startsOn: string;
  endsOn: string;
  progress: DurationProgress;
}

/**
 * A measure's time from start to end with today marked. The bar is a picture of the sentence next to
 * it ("Nog 5 maanden. Van 3 mei 2026 tot 3 mei 2027."), so it is hidden from screen readers.
 */
export function DurationBar({ startsOn, endsOn, progress }: Props) {
  const { t } = useTranslation('decisions');
  const format = useDateFormat();
  const remaining = remainingOf(progress);
  return (
    <div className="duration">
      <p className="duration__left">{t(`durationBar.${remaining.key}`, { count: remaining.count ?? 0 })}</p>
      <div className="duration__bar" aria-hidden="true">
        <div className="duration__done" style={{ width: `${progress.percent}%` }} />
        {progress.state === 'running' && (
          <div className="duration__today" style={{ insetInlineStart: `${progress.percent}%` }}>
            <span>{t('durationBar.today')}</span>
          </div>
        )}
      </div>
      <p className="duration__ends">
        <span>{t('durationBar.from', { date: format.day(startsOn) })}</span>
        <span>{t('durationBar.to', { date: format.day(endsOn) })}</span>
      </p>
    </div>
  );
}
