import { useTranslation } from 'react-i18next';
import { todayInNl } from '../../../shared/catalog/dates';
import type { Statement } from '../../../shared/domain';
import { KindLabel } from '../../routes/decisions/reasons-section';
import { useDateFormat } from '../../i18n/format-date';
import { ReasonActions } from './reason-actions';
import { isUnchecked } from './stale-reasons';

/** One reason as the team works with it: kind, text, source, dates, state, earlier wordings, actions. */
export function ReasonItem({ statement }: { statement: Statement }) {
  const { t } = useTranslation(['prodecision', 'decisions']);
  const format = useDateFormat();
  const withdrawn = statement.status === 'withdrawn';
  return (
    <article className="reason pro-reason" aria-labelledby={`reason-${statement.id}`}>
      <h3 id={`reason-${statement.id}`} className="reason__kind">
        <KindLabel kind={statement.kind} />
        <span className="visually-hidden">: {statement.text.slice(0, 60)}</span>
      </h3>
      {statement.status !== 'current' && (
        <p className="reason__status">{t(`prodecision:reason.status.${statement.status}`)}</p>
      )}
      {withdrawn ? (
        <s className="reason__text">{statement.text}</s>
      ) : (
        <p className="reason__text">{statement.text}</p>
      )}
      <p>
        {t('prodecision:reason.item.meta', {
          source: statement.source,
          date: format.day(statement.observedOn),
        })}
      </p>
      <p>
        {t('prodecision:reason.item.checked', { date: format.day(statement.lastCheckedOn) })}
        {isUnchecked(statement, todayInNl()) && <strong> {t('prodecision:reason.item.unchecked')}</strong>}
      </p>
      {(statement.withheld ?? []).length > 0 && <p>{t('prodecision:reason.item.withheld')}</p>}
      {statement.history.length > 0 && (
        <details>
          <summary>{t('prodecision:reason.item.history', { count: statement.history.length })}</summary>
          <ul role="list" className="plain-list">
            {statement.history.map((revision) => (
              <li key={revision.replacedAt}>
                {t('prodecision:reason.item.replaced', { date: format.dayOfInstant(revision.replacedAt) })}{' '}
                <del>{revision.text}</del>
              </li>
            ))}
          </ul>
        </details>
      )}
      <ReasonActions statement={statement} />
    </article>
  );
}
