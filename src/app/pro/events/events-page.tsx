import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDateFormat } from '../../i18n/format-date';
import { CaseFrame } from '../components/case-frame';
import { SavedNotice } from '../components/saved-notice';
import { useCaseRows, useProParams } from '../components/use-case';
import { proPaths } from '../pro-paths';
import { useCaseEvents } from './use-case-events';

/** The case's appointments, earliest first, each a link to change or cancel it. */
export function EventsPage() {
  const { t } = useTranslation(['procase', 'events']);
  const { caseId } = useProParams();
  const rows = useCaseRows(caseId);
  const events = useCaseEvents(caseId);
  const format = useDateFormat();
  return (
    <CaseFrame caseId={caseId} rows={rows} title={t('procase:event.list.title')}>
      {({ members }) => (
        <>
          <SavedNotice />
          <p>
            <Link className="button button--primary" to={proPaths.newEvent(caseId)}>
              {t('procase:event.list.new')}
            </Link>
          </p>
          {events === undefined ? (
            <p role="status">{t('procase:event.loading')}</p>
          ) : events.length === 0 ? (
            <p>{t('procase:event.list.empty')}</p>
          ) : (
            <ul role="list" className="pro-list">
              {events.map((event) => (
                <li key={event.id} className="pro-list__item">
                  <h2>
                    <Link to={proPaths.event(caseId, event.id)}>{event.title}</Link>
                  </h2>
                  <p>
                    {t(`events:kind.${event.kind}.name`)} · {format.dayOfInstant(event.startsAt)}{' '}
                    {format.time(event.startsAt)}
                    {event.place && ` · ${event.place}`}
                  </p>
                  <p>
                    {t('procase:event.list.invited', {
                      names:
                        members
                          .filter((m) => event.invitedMembers.includes(m.id))
                          .map((m) => m.displayName)
                          .join(', ') || t('procase:event.list.nobody'),
                    })}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </CaseFrame>
  );
}
