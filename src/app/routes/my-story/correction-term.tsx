import { useTranslation } from 'react-i18next';
import { correctionAnswerDue, correctionSource } from '../../../shared/catalog/deadlines';
import { todayInNl } from '../../../shared/catalog/dates';
import { isCorrectionRequest, type Perspective } from '../../../shared/domain';
import { LawSource } from '../../components/law-source/law-source';
import { useDateFormat } from '../../i18n/format-date';

/** On an open request to correct the file: the month the organisation has to answer, counting down. */
export function CorrectionTerm({ perspective }: { perspective: Perspective }) {
  const { t } = useTranslation('mystory');
  const format = useDateFormat();
  if (!isCorrectionRequest(perspective.stance) || perspective.correctionStatus !== 'open') return null;
  const writtenOn = todayInNl(new Date(perspective.createdAt));
  const due = correctionAnswerDue(writtenOn, todayInNl());
  return (
    <div className="story-card__term">
      <p>
        {due.expired
          ? t('correction.expired', { date: format.day(due.deadline) })
          : t('correction.due', { date: format.day(due.deadline), count: due.daysLeft })}
      </p>
      <LawSource source={correctionSource} />
    </div>
  );
}
