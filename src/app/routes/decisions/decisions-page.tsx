import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InDutchNote } from '../../components/in-dutch/in-dutch';
import { usePageTitle } from '../../components/use-page-title';
import { useDateFormat } from '../../i18n/format-date';
import type { DecisionGroup, DecisionRow } from './decisions-view';
import { StatusChip } from './status-chip';
import { useDecisionList } from './use-decisions';
import { youth } from '../../i18n/youth';
import '../../styles/cards.css';
import '../../styles/decisions.css';

export function DecisionsPage() {
  const { t } = useTranslation('decisions');
  const data = useDecisionList();
  usePageTitle(t('title'));

  return (
    <div className="decisions">
      <h1>{t('title')}</h1>
      <InDutchNote />
      {data === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : data.groups.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">{t('empty.title')}</p>
          <p>{t('empty.text')}</p>
        </div>
      ) : (
        <>
          <p className="lead">{t('intro', youth(data.isYouth))}</p>
          {data.groups.map((group) => (
            <Group key={group.status} group={group} />
          ))}
        </>
      )}
    </div>
  );
}

function Group({ group }: { group: DecisionGroup }) {
  const { t } = useTranslation('decisions');
  const headingId = `group-${group.status}`;
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t(`group.${group.status}`)}</h2>
      <ol className="timeline" role="list">
        {group.rows.map((row) => (
          <li key={row.decision.id}>
            <DecisionItem row={row} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function DecisionItem({ row }: { row: DecisionRow }) {
  const { t } = useTranslation(['decisions', 'measures', 'roles']);
  const format = useDateFormat();
  const { decision, decidedBy, deadline } = row;
  const headingId = `decision-${decision.id}`;
  return (
    <article className="decision-card" aria-labelledby={headingId}>
      <p className="decision-card__kind">{t(`measures:measure.${decision.kind}.name`)}</p>
      <h3 id={headingId} className="decision-card__title">
        <Link to={`/besluiten/${decision.id}`} lang="nl">
          {decision.title}
        </Link>
      </h3>
      <p className="decision-card__meta">
        {decidedBy && (
          <>
            {t('decisions:row.decidedBy', { name: decidedBy.personName || decidedBy.organisation })}
            <br />
            <span className="decision-card__role">{t(`roles:role.${decidedBy.roleKey}.name`)}</span>
            <br />
          </>
        )}
        {t('decisions:row.decidedOn', { date: format.day(decision.decidedOn) })}
      </p>
      <p className="decision-card__chips">
        <StatusChip status={decision.status} />
        {deadline && (
          <span className="chip chip--deadline">
            <span className="alert-mark" aria-hidden="true">
              !
            </span>
            {deadline.daysLeft === 0
              ? t('decisions:row.deadlineToday')
              : t('decisions:row.deadline', { count: deadline.daysLeft })}
          </span>
        )}
      </p>
    </article>
  );
}
