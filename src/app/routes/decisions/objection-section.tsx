import { useTranslation } from 'react-i18next';
import type { ObjectionOption } from '../../../shared/catalog/deadlines';
import { JargonText } from '../../components/jargon/jargon-text';
import { Countdown } from '../../components/countdown/countdown';
import { LawSource } from '../../components/law-source/law-source';
import { ReadAloudButton } from '../../components/read-aloud/read-aloud-button';
import type { DecisionDetail } from './decisions-view';
import { youth } from '../../i18n/youth';

interface Props {
  detail: DecisionDetail;
  isYouth: boolean;
}

/** Every route against the decision: what it is, how, who may, whether I may, and until when. */
export function ObjectionSection({ detail, isYouth }: Props) {
  const { t } = useTranslation(['decisions', 'measures']);
  return (
    <section aria-labelledby="object" className="section" id="wat-kun-je-doen" tabIndex={-1}>
      <h2 id="object">{t('decisions:object.title')}</h2>
      {detail.appealable === false && <p className="note">{t('measures:noAppeal')}</p>}
      {detail.appealable === 'unclear' && <p className="note">{t('measures:appealUnclear')}</p>}
      <p>{t('decisions:object.intro')}</p>
      <ul className="routes" role="list">
        {detail.options.map((option) => (
          <li key={option.route}>
            <Route option={option} isYouth={isYouth} proposed={detail.decision.status === 'proposed'} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Route({
  option,
  isYouth,
  proposed,
}: {
  option: ObjectionOption;
  isYouth: boolean;
  proposed: boolean;
}) {
  const { t } = useTranslation(['decisions', 'measures']);
  const headingId = `route-${option.route}`;
  const how = t(`measures:route.${option.route}.how`, youth(isYouth));
  const name = t(`measures:route.${option.route}.name`);
  // The route whose term is running now is told in full; the others open on a tap.
  const running = option.daysLeft !== null && !option.expired;
  return (
    <article className={`route ${option.mayUse ? 'route--mine' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <div className="route__deadline">
        <span className="route__label">{t('decisions:object.deadline')}: </span>
        <Countdown
          deadline={option.deadline}
          daysLeft={option.daysLeft}
          expired={option.expired}
          noDeadline={proposed ? t('measures:proposedNoDeadline') : t('measures:noDeadline')}
        />
      </div>
      <p className={`route__may ${option.mayUse ? 'route__may--yes' : 'route__may--no'}`}>
        <span aria-hidden="true">{option.mayUse ? '✔ ' : '✖ '}</span>
        {option.mayUse ? t('measures:youMay') : t('measures:youMayNot')}
      </p>
      <details className="route__how" open={running}>
        <summary>{t('decisions:object.how')}</summary>
        <p>
          <JargonText text={how} isYouth={isYouth} /> <ReadAloudButton text={how} what={name} />
        </p>
      </details>
      <details className="route__who">
        <summary>{t('measures:whoMay')}</summary>
        <ul>
          {option.who.map((who) => (
            <li key={who}>{t(`measures:objector.${who}`)}</li>
          ))}
        </ul>
        <LawSource source={option.source} className="route__article" />
      </details>
    </article>
  );
}
