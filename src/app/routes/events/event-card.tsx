import { VoiceSection } from '../../components/voice/voice-section';
import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { JargonText } from '../../components/jargon/jargon-text';
import { ReadAloudButton } from '../../components/read-aloud/read-aloud-button';
import { AddToCalendar } from './add-to-calendar';
import { EventNote } from './event-note';
import type { EventItem } from './events-view';
import { useEventTime } from './use-event-time';
import { youth } from '../../i18n/youth';

interface Props {
  item: EventItem;
  caseId: string;
  isYouth: boolean;
  past?: boolean;
}

export function EventCard({ item, caseId, isYouth, past = false }: Props) {
  const { t } = useTranslation(['events', 'roles', 'decisions']);
  const formatTime = useEventTime();
  const headingId = useId();
  const { event, attendees } = item;
  const family = attendees.filter((a) => !a.roleKey);
  const professionals = attendees.filter((a) => a.roleKey);
  const explanation = t(`events:kind.${event.kind}.what`, youth(isYouth));

  return (
    <article className={`card event event--${event.kind}`} aria-labelledby={headingId}>
      <p className="event__kind">{t(`events:kind.${event.kind}.name`)}</p>
      <h3 id={headingId} className="card__title" lang="nl">
        {event.title}
      </h3>
      <dl className="event__facts">
        <dt>{t('events:card.when')}</dt>
        <dd className="event__when">{formatTime(event)}</dd>
        {event.place && (
          <>
            <dt>{t('events:card.where')}</dt>
            <dd lang="nl">{event.place}</dd>
          </>
        )}
        {attendees.length > 0 && (
          <>
            <dt>{t('events:card.who')}</dt>
            <dd>
              <ul className="event__who" role="list">
                {/* The family on one line, the professionals each on their own with what they do. */}
                {family.length > 0 && (
                  <li>
                    {/* Each name isolated, so Latin names in an Arabic line keep their order. */}
                    {family.map((a, index) => (
                      <Fragment key={a.id}>
                        {index > 0 && ', '}
                        <bdi>{a.isMe ? t('events:card.me', { name: a.name }) : a.name}</bdi>
                      </Fragment>
                    ))}
                  </li>
                )}
                {professionals.map((a) => (
                  <li key={a.id}>
                    {a.name}
                    {a.roleKey && <span className="event__role"> · {t(`roles:role.${a.roleKey}.name`)}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {!past && item.invitesMe && <p className="event__invited">{t('events:card.invited')}</p>}
      {!past && <AddToCalendar event={event} />}
      <details className="event__explain">
        <summary>{t(`events:kind.${event.kind}.question`)}</summary>
        <p>
          <JargonText text={explanation} isYouth={isYouth} />
        </p>
        <ReadAloudButton text={explanation} what={t(`events:kind.${event.kind}.question`)} />
      </details>
      {event.prepareNote && (
        <div className="event__prepare">
          <h4>{t('events:card.prepare')}</h4>
          <p>
            <JargonText text={event.prepareNote} isYouth={isYouth} />
          </p>
        </div>
      )}
      <EventNote caseId={caseId} eventId={event.id} />
      <VoiceSection subject={{ type: 'event', id: event.id }} what={event.title} />
    </article>
  );
}
