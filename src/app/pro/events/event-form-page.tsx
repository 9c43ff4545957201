import { useTranslation } from 'react-i18next';
import { CaseFrame } from '../components/case-frame';
import { useCaseRows, useProParams } from '../components/use-case';
import { CancelEvent } from './cancel-event';
import { EventForm } from './event-form';
import { useCaseEvents } from './use-case-events';

/** Plan an appointment (…/afspraken/nieuw) or change one (…/afspraken/:eventId). */
export function EventFormPage() {
  const { t } = useTranslation('procase', { keyPrefix: 'event' });
  const { caseId, eventId } = useProParams();
  const rows = useCaseRows(caseId);
  const events = useCaseEvents(caseId);
  const event = eventId ? events?.find((e) => e.id === eventId) : undefined;
  return (
    <CaseFrame caseId={caseId} rows={rows} title={eventId ? t('edit.title') : t('add.title')}>
      {({ members, involvements }) => {
        if (eventId && events === undefined) return <p role="status">{t('loading')}</p>;
        if (eventId && !event) return <p>{t('missing')}</p>;
        return (
          <>
            <EventForm
              key={eventId ?? 'new'}
              caseId={caseId}
              members={members}
              involvements={involvements}
              event={event}
            />
            {event && <CancelEvent event={event} />}
          </>
        );
      }}
    </CaseFrame>
  );
}
