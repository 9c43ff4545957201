import { useTranslation } from 'react-i18next';
import { Countdown } from '../../components/countdown/countdown';
import { DurationBar } from '../../components/duration-bar/duration-bar';
import { JargonText } from '../../components/jargon/jargon-text';
import { ReadAloudButton } from '../../components/read-aloud/read-aloud-button';
import { VoiceSection } from '../../components/voice/voice-section';
import { InDutchNote } from '../../components/in-dutch/in-dutch';
import { useDateFormat } from '../../i18n/format-date';
import { youth } from '../../i18n/youth';
import type { DecisionDetail } from './decisions-view';
import { ObjectionSection } from './objection-section';
import { ReasonsSection } from './reasons-section';
import { StatusChip } from './status-chip';
import { ToEndSection } from './to-end-section';
import { LawSource } from '../../components/law-source/law-source';
import { measures } from '../../../shared/catalog/measures';
import '../../styles/cards.css';

/**
 * One decision as the family reads it. Presentational: the family's decision page and the console's
 * preview (issue 11) both render it, so the preview is exactly what the family sees.
 */
export function DecisionDetailView({
  detail,
  isYouth,
  withVoice = false,
}: {
  detail: DecisionDetail;
  isYouth: boolean;
  /** The family's own "Mijn kant" forms; off in the console's preview. */
  withVoice?: boolean;
}) {
  const { t } = useTranslation(['decisions', 'measures', 'roles']);
  const format = useDateFormat();
  const { decision, decidedBy, urgent } = detail;
  const meaning = isYouth ? decision.meaning.youth : decision.meaning.parent;
  const measurePlain = t(`measures:measure.${decision.kind}.plain`, youth(isYouth));

  return (
    <>
      <p className="decision__kind">{t(`measures:measure.${decision.kind}.name`)}</p>
      <h1 lang="nl">{decision.title}</h1>
      <InDutchNote />
      <p className="decision-card__chips">
        <StatusChip status={decision.status} />
      </p>

      {urgent && (
        <aside className="urgent" aria-labelledby="urgent">
          <h2 id="urgent" className="urgent__title">
            <span className="alert-mark" aria-hidden="true">
              !
            </span>
            {t('decisions:urgent.title')}
          </h2>
          <p className="urgent__route">{t(`measures:route.${urgent.route}.name`)}</p>
          <Countdown
            deadline={urgent.deadline}
            daysLeft={urgent.daysLeft}
            expired={urgent.expired}
            noDeadline=""
          />
          <p>
            <a href="#wat-kun-je-doen">{t('decisions:urgent.link')}</a>
          </p>
        </aside>
      )}

      <section aria-labelledby="what" className="section">
        <h2 id="what">{t('decisions:what.title')}</h2>
        <p lang="nl">
          <JargonText text={decision.summary} isYouth={isYouth} />
        </p>
        <ReadAloudButton lang="nl" text={decision.summary} what={t('decisions:what.title')} />
        <dl className="facts">
          <div>
            <dt>{t('decisions:facts.by')}</dt>
            <dd>
              {decidedBy ? (
                <>
                  {decidedBy.personName || decidedBy.organisation}
                  <br />
                  <span className="facts__role">
                    {t(`roles:role.${decidedBy.roleKey}.name`)}
                    {decidedBy.personName && `, ${decidedBy.organisation}`}
                  </span>
                </>
              ) : (
                t('decisions:facts.byUnknown')
              )}
            </dd>
          </div>
          <div>
            <dt>{t('decisions:facts.on')}</dt>
            <dd>{format.day(decision.decidedOn)}</dd>
          </div>
          {decision.startsOn !== decision.decidedOn && (
            <div>
              <dt>{t('decisions:facts.from')}</dt>
              <dd>{format.day(decision.startsOn)}</dd>
            </div>
          )}
        </dl>
      </section>

      <section aria-labelledby="meaning" className="section section--meaning">
        <h2 id="meaning">{t('decisions:meaning.title')}</h2>
        <p lang="nl">
          <JargonText text={meaning} isYouth={isYouth} />
        </p>
        <ReadAloudButton lang="nl" text={meaning} what={t('decisions:meaning.title')} />
      </section>

      <section aria-labelledby="duration" className="section">
        <h2 id="duration">{t('decisions:duration.title')}</h2>
        {detail.duration && decision.endsOn ? (
          <DurationBar startsOn={decision.startsOn} endsOn={decision.endsOn} progress={detail.duration} />
        ) : (
          <p>{t('decisions:duration.noEnd')}</p>
        )}
        {decision.reviewOn && (
          <p>{t('decisions:duration.review', { date: format.day(decision.reviewOn) })}</p>
        )}
      </section>

      {(measures[decision.kind].byJudge || decision.toEnd) && (
        <ToEndSection decision={decision} isYouth={isYouth} withVoice={withVoice} />
      )}

      {withVoice && (
        <section aria-labelledby="my-side" className="section">
          <h2 id="my-side">{t('decisions:mySide.title')}</h2>
          <p>{t('decisions:mySide.intro')}</p>
          <VoiceSection subject={{ type: 'decision', id: decision.id }} what={decision.title} />
        </section>
      )}

      <ReasonsSection reasons={detail.reasons} withVoice={withVoice} />

      <section aria-labelledby="next" className="section">
        <h2 id="next">{t('decisions:next.title')}</h2>
        <p lang="nl">
          <JargonText text={decision.nextSteps} isYouth={isYouth} />
        </p>
        <ReadAloudButton lang="nl" text={decision.nextSteps} what={t('decisions:next.title')} />
      </section>

      <ObjectionSection detail={detail} isYouth={isYouth} />

      <section aria-labelledby="measure" className="section">
        <h2 id="measure">{t('decisions:measure.title')}</h2>
        <p>
          <JargonText text={measurePlain} isYouth={isYouth} />
        </p>
        <ReadAloudButton text={measurePlain} what={t('decisions:measure.title')} />
        <h3>{t('decisions:legal.title')}</h3>
        <p>{t(`measures:measure.${decision.kind}.legalBasis`)}</p>
        <LawSource source={detail.source} />
      </section>
    </>
  );
}
