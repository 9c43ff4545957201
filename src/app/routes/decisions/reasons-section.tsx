import { useTranslation } from 'react-i18next';
import type { StatementKind } from '../../../shared/domain';
import { VoiceSection } from '../../components/voice/voice-section';
import { ReadAloudButton } from '../../components/read-aloud/read-aloud-button';
import { useDateFormat } from '../../i18n/format-date';
import type { DecisionDetail, ReasonView } from './decisions-view';

/** Each kind has its own shape as well as its own word, so the label never rests on colour. */
export const kindMarks: Record<StatementKind, string> = {
  fact: '■',
  observation: '◉',
  opinion: '◆',
  worry: '▲',
  strength: '★',
};

/** `withVoice`: the family's page shows "Mijn kant" under each reason; the console's preview does not. */
export function ReasonsSection({
  reasons,
  withVoice = false,
}: {
  reasons: DecisionDetail['reasons'];
  withVoice?: boolean;
}) {
  const { t } = useTranslation(['decisions', 'measures']);
  return (
    <section aria-labelledby="reasons" className="section">
      <h2 id="reasons">{t('decisions:reasons.title')}</h2>
      {reasons.length === 0 ? (
        <p>{t('decisions:reasons.empty')}</p>
      ) : (
        <>
          <p className="lead">{t('decisions:reasons.intro')}</p>
          {reasons.map(({ kind, items }) => (
            <div key={kind} className={`reason-group reason-group--${kind}`}>
              <h3 className="reason-group__title">
                <KindLabel kind={kind} />
              </h3>
              <p className="reason-group__explain">
                {t(`measures:statementKind.${kind}.explain`)}
                <ReadAloudButton
                  text={t(`measures:statementKind.${kind}.explain`)}
                  what={t(`measures:statementKind.${kind}.name`)}
                />
              </p>
              <ul className="reasons" role="list">
                {items.map((item) => (
                  <li key={item.statement.id}>
                    <Reason reason={item} withVoice={withVoice} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}

export function KindLabel({ kind }: { kind: StatementKind }) {
  const { t } = useTranslation('measures');
  return (
    <span className={`kind-label kind-label--${kind}`}>
      <span aria-hidden="true">{kindMarks[kind]}</span>
      {t(`statementKind.${kind}.name`)}
    </span>
  );
}

function Reason({ reason, withVoice }: { reason: ReasonView; withVoice: boolean }) {
  const { t } = useTranslation(['decisions', 'measures']);
  const format = useDateFormat();
  const { statement, stale } = reason;
  const withdrawn = statement.status === 'withdrawn';
  return (
    // The kind is said once, in the group's heading above; the card keeps its colour and border.
    <article className={`reason reason--${statement.kind} ${withdrawn ? 'reason--withdrawn' : ''}`}>
      {statement.status !== 'current' && (
        <p className={`reason__status reason__status--${statement.status}`}>
          {t(`decisions:reasons.status.${statement.status}`)}
        </p>
      )}
      {withdrawn ? (
        <s className="reason__text" lang="nl">
          {statement.text}
        </s>
      ) : (
        <p className="reason__text" lang="nl">
          {statement.text}
        </p>
      )}
      <dl className="reason__meta">
        <div>
          <dt>{t('decisions:reasons.source')}</dt>
          <dd lang="nl">{statement.source}</dd>
        </div>
        <div>
          <dt>{t('decisions:reasons.observedOn')}</dt>
          <dd>{format.day(statement.observedOn)}</dd>
        </div>
      </dl>
      <p className="reason__checked">
        {t('decisions:reasons.lastChecked', { date: format.day(statement.lastCheckedOn) })}
      </p>
      {stale && (
        <div className="reason__stale">
          <p className="reason__stale-question">
            <span aria-hidden="true">? </span>
            {t('measures:staleQuestion')}
          </p>
          <p>{t('decisions:reasons.staleHint')}</p>
        </div>
      )}
      {statement.history.length > 0 && (
        <details className="reason__history">
          <summary>{t('decisions:reasons.history')}</summary>
          <ul role="list">
            {statement.history.map((revision) => (
              <li key={revision.replacedAt}>
                <p>
                  {t('decisions:reasons.replaced', { date: format.day(revision.replacedAt.slice(0, 10)) })}
                </p>
                <p className="reason__old">
                  <span className="visually-hidden">{t('decisions:reasons.oldLabel')} </span>
                  <del lang="nl">{revision.text}</del>
                </p>
              </li>
            ))}
          </ul>
        </details>
      )}
      {withVoice && !withdrawn && (
        <VoiceSection subject={{ type: 'statement', id: statement.id }} what={statement.text} corrections />
      )}
    </article>
  );
}
