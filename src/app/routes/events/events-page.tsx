import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InDutchNote } from '../../components/in-dutch/in-dutch';
import { usePageTitle } from '../../components/use-page-title';
import { EventCard } from './event-card';
import type { EventItem } from './events-view';
import { useEventsView } from './use-events-view';
import '../../styles/cards.css';
import '../../styles/events.css';

export function EventsPage() {
  const { t } = useTranslation('events');
  const data = useEventsView();
  usePageTitle(t('title'));

  return (
    <div className="events">
      <h1>{t('title')}</h1>
      <InDutchNote />
      {data === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : data.view.isEmpty || data.caseId === null ? (
        <div className="empty-state">
          <p className="empty-state__title">{t('empty.title')}</p>
          <p>{t('empty.text')}</p>
        </div>
      ) : (
        <>
          <p className="lead">{t('intro')}</p>
          <section aria-labelledby="upcoming" className="section">
            <h2 id="upcoming">{t('upcoming.title')}</h2>
            {data.view.upcoming.length === 0 ? (
              <p>{t('upcoming.none')}</p>
            ) : (
              <EventList items={data.view.upcoming} caseId={data.caseId} isYouth={data.isYouth} />
            )}
          </section>
          {data.view.past.length > 0 && (
            <PastEvents items={data.view.past} caseId={data.caseId} isYouth={data.isYouth} />
          )}
        </>
      )}
    </div>
  );
}

interface ListProps {
  items: EventItem[];
  caseId: string;
  isYouth: boolean;
}

function EventList({ items, caseId, isYouth, past }: ListProps & { past?: boolean }) {
  return (
    <ul className="cards" role="list">
      {items.map((item) => (
        <li key={item.event.id}>
          <EventCard item={item} caseId={caseId} isYouth={isYouth} past={past} />
        </li>
      ))}
    </ul>
  );
}

/** Past events stay out of the way until asked for. */
function PastEvents(props: ListProps) {
  const { t } = useTranslation('events');
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <section aria-labelledby="past" className="section">
      <h2 id="past">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          {t('past.title', { count: props.items.length })}
        </button>
      </h2>
      <div id={listId} hidden={!open}>
        {open && <EventList {...props} past />}
      </div>
    </section>
  );
}
