import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDateFormat } from '../../i18n/format-date';
import { proPaths } from '../pro-paths';
import type { UncheckedReason } from '../reasons/stale-reasons';

/** Reasons nobody checked for more than three months, oldest first, each a link to its decision. */
export function StaleReasonsSection({ caseId, reasons }: { caseId: string; reasons: UncheckedReason[] }) {
  const { t } = useTranslation('prodecision', { keyPrefix: 'reason' });
  const format = useDateFormat();
  return (
    <section className="overview-card" aria-labelledby="overview-stale">
      <h2 id="overview-stale">{t('stale.title')}</h2>
      {reasons.length === 0 ? (
        <p>{t('stale.empty')}</p>
      ) : (
        <>
          <p>{t('stale.intro')}</p>
          <ol className="plain-list">
            {reasons.map(({ statement, decision }) => (
              <li key={statement.id}>
                <Link to={proPaths.decision(caseId, decision.id)}>
                  {t('stale.item', {
                    text: statement.text,
                    decision: decision.title,
                    date: format.day(statement.lastCheckedOn),
                  })}
                </Link>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
