import { useTranslation } from 'react-i18next';
import type { BirthdayChange } from '../../../shared/catalog/rights';
import { useDateFormat } from '../../i18n/format-date';
import { youth } from '../../i18n/youth';

interface Props {
  change: BirthdayChange;
  isYouth: boolean;
  headingLevel: 2 | 3;
}

/** Said in advance: families are surprised when access changes silently on a birthday. */
export function BirthdayNotice({ change, isYouth, headingLevel }: Props) {
  const { t } = useTranslation(['rights', 'rightspage']);
  const format = useDateFormat();
  const Heading = `h${headingLevel}` as const;
  const values = { date: format.day(change.onDay), age: change.turnsAge };
  const who = isYouth ? 'youth' : 'parent';
  return (
    <div className="birthday">
      <Heading>{t('rightspage:birthday.title', youth(isYouth))}</Heading>
      <p className="birthday__when">
        {isYouth ? t('rights:birthday.title', values) : t('rights:birthday.titleParent', values)}
      </p>
      <p>{t(`rights:changes.${who}.at${change.turnsAge}`)}</p>
      {change.gained.length > 0 && (
        <p>
          <strong>{t('rights:changes.gained')}:</strong>{' '}
          {change.gained.map((key) => t(`rights:right.${key}.title`)).join(', ')}
        </p>
      )}
      {change.lost.length > 0 && (
        <p>
          <strong>{t('rights:changes.lost')}:</strong>{' '}
          {change.lost.map((key) => t(`rights:right.${key}.title`)).join(', ')}
        </p>
      )}
    </div>
  );
}
