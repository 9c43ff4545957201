import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../shared/domain';
import { JargonText } from '../../components/jargon/jargon-text';
import { youth } from '../../i18n/youth';

/**
 * "Wat moet er veranderen voordat dit stopt?": the judge's concerns as goals, filled in by the
 * professional. Families ask this first; an empty list says so and who to ask, never nothing. The
 * family's own view sits right below it, in Mijn kant over dit besluit.
 */
export function ToEndSection({
  decision,
  isYouth,
  withVoice,
}: {
  decision: Decision;
  isYouth: boolean;
  /** Only on the family's own page: the link to Mijn kant right below. */
  withVoice: boolean;
}) {
  const { t } = useTranslation('decisions');
  const goals = decision.toEnd ?? [];
  return (
    <section aria-labelledby="to-end" className="section">
      <h2 id="to-end">{t('toEnd.title')}</h2>
      {goals.length === 0 ? (
        <p>{t('toEnd.none')}</p>
      ) : (
        <>
          <p>{t('toEnd.intro', youth(isYouth))}</p>
          <ol className="to-end">
            {goals.map((goal, index) => (
              <li key={index} className="to-end__item">
                <p>
                  <strong>{t('toEnd.concern')}: </strong>
                  <JargonText text={goal.concern} isYouth={isYouth} />
                </p>
                <p>
                  <strong>{t('toEnd.goal')}: </strong>
                  <JargonText text={goal.goal} isYouth={isYouth} />
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      {withVoice && (
        <p>
          <a href="#my-side">{t('toEnd.yourView')}</a>
        </p>
      )}
    </section>
  );
}
