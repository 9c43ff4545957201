import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseEvent, Involvement } from '../../../shared/domain';
import { InitialsAvatar } from '../../components/initials-avatar';
import { usePageTitle } from '../../components/use-page-title';
import { useDateFormat } from '../../i18n/format-date';
import type { RunningDeadline } from '../decisions/decisions-view';
import { useEventTime } from '../events/use-event-time';
import { ContactLinks } from '../involved/contact-links';
import type { NewsItem } from './home-view';
import { MyVoiceCard } from '../my-voice/my-voice-card';
import { useHome } from './use-home';
import { youth } from '../../i18n/youth';
import '../../styles/cards.css';
import '../../styles/involved.css';
import '../../styles/home.css';

export function HomePage() {
  const { t } = useTranslation('home');
  const data = useHome();
  usePageTitle(t('title'));

  return (
    <div className="home">
      <h1>{t('title')}</h1>
      {data === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <>
          <p className="lead">
            {data.firstName && <>{t('hello', { name: data.firstName })}. </>}
            {t('intro', youth(data.isYouth))}
          </p>
          {data.view.deadlines.length > 0 && (
            <Deadlines deadlines={data.view.deadlines} isYouth={data.isYouth} />
          )}
          <MyStory isYouth={data.isYouth} />
          <MyContact contact={data.view.myContact} />
          <MyVoiceCard newReplies={data.view.news?.filter((item) => item.type === 'reply').length ?? 0} />
          {data.view.news && <News news={data.view.news} />}
          <NextEvent event={data.view.nextEvent} />
          <Sections />
        </>
      )}
    </div>
  );
}

/** A young person reads what they can do and who helps, not the adult legal wording. */
function Deadlines({ deadlines, isYouth }: { deadlines: RunningDeadline[]; isYouth: boolean }) {
  const { t } = useTranslation(['home', 'measures']);
  const format = useDateFormat();
  return (
    <section aria-labelledby="home-deadlines" className="home-card home-card--urgent">
      <h2 id="home-deadlines">
        <span className="alert-mark" aria-hidden="true">
          !
        </span>
        {t('home:deadlines.title', youth(isYouth))}
      </h2>
      <ul className="home-list" role="list">
        {deadlines.map((deadline) => (
          <li key={`${deadline.decision.id}-${deadline.route}`}>
            <p className="home-deadline__text">
              <strong className="home-deadline__days">
                {deadline.daysLeft === 0
                  ? t('home:deadlines.today')
                  : t('home:deadlines.days', { count: deadline.daysLeft })}
              </strong>{' '}
              {t('home:deadlines.against', { title: deadline.decision.title, ...youth(isYouth) })}
            </p>
            <p>
              {t('home:deadlines.by', {
                date: format.day(deadline.deadline),
                route: t(`measures:route.${deadline.route}.name`),
                ...youth(isYouth),
              })}
            </p>
            <Link
              className="button button--primary"
              to={`/besluiten/${deadline.decision.id}#wat-kun-je-doen`}
            >
              {t('home:deadlines.link', youth(isYouth))}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The family's own voice belongs on the first screen, not only under Meer. */
function MyStory({ isYouth }: { isYouth: boolean }) {
  const { t } = useTranslation('home');
  return (
    <section aria-labelledby="home-story" className="home-card">
      <h2 id="home-story">{t('story.title')}</h2>
      <p>{t('story.text', youth(isYouth))}</p>
      <p className="home-card__more">
        <Link to="/mijn-verhaal">{t('story.link')}</Link>
      </p>
    </section>
  );
}

function MyContact({ contact }: { contact: Involvement | null }) {
  const { t } = useTranslation(['home', 'roles']);
  const name = contact ? contact.personName || contact.organisation : '';
  return (
    <section aria-labelledby="home-contact" className="home-card">
      <h2 id="home-contact">{t('home:contact.title')}</h2>
      {contact ? (
        <>
          <div className="card__head">
            <InitialsAvatar name={name} />
            <div>
              <p className="home-contact__name">{name}</p>
              <p className="card__role">{t(`roles:role.${contact.roleKey}.name`)}</p>
              {contact.personName && <p className="card__org">{contact.organisation}</p>}
            </div>
          </div>
          <ContactLinks contact={contact.contact} />
        </>
      ) : (
        <p>{t('home:contact.none')}</p>
      )}
      <p className="home-card__more">
        <Link to="/betrokken">{t('home:contact.all')}</Link>
      </p>
    </section>
  );
}

/** Not shown on the first visit on this device: there is no "since" yet. */
function News({ news }: { news: NewsItem[] }) {
  const { t } = useTranslation('home');
  return (
    <section aria-labelledby="home-news" className="home-card">
      <h2 id="home-news">{t('news.title')}</h2>
      {news.length === 0 ? (
        <p>{t('news.none')}</p>
      ) : (
        <ul className="home-list home-list--links" role="list">
          {news.map((item) => (
            <li key={item.id}>
              <NewsLine item={item} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function NewsLine({ item }: { item: NewsItem }) {
  const { t } = useTranslation('home');
  switch (item.type) {
    case 'decision':
      return <Link to={`/besluiten/${item.decisionId}`}>{t('news.decision', { title: item.title })}</Link>;
    case 'statement':
      return <Link to={`/besluiten/${item.decisionId}`}>{t('news.statement', { title: item.title })}</Link>;
    case 'event':
      return <Link to="/afspraken">{t('news.event', { title: item.title })}</Link>;
    case 'reply':
      return (
        <p>
          <Link to="/mijn-reacties">
            <strong>{t('news.reply')}</strong>
          </Link>
          <br />
          <q lang="nl">{item.text}</q>
        </p>
      );
  }
}

/** The same words and Dutch time as on Afspraken, so the two never disagree. */
function NextEvent({ event }: { event: CaseEvent | null }) {
  const { t } = useTranslation('home');
  const eventTime = useEventTime();
  return (
    <section aria-labelledby="home-next" className="home-card">
      <h2 id="home-next">{t('next.title')}</h2>
      {event ? (
        <>
          <p className="home-event__title" lang="nl">
            {event.title}
          </p>
          <p className="home-event__when">{eventTime(event)}</p>
          {event.place && <p>{t('next.where', { place: event.place })}</p>}
        </>
      ) : (
        <p>{t('next.none')}</p>
      )}
      <p className="home-card__more">
        <Link to="/afspraken">{t('next.all')}</Link>
      </p>
    </section>
  );
}

const sections = [
  { key: 'involved', to: '/betrokken' },
  { key: 'decisions', to: '/besluiten' },
  { key: 'events', to: '/afspraken' },
  { key: 'voice', to: '/mijn-reacties' },
  { key: 'rights', to: '/rechten' },
  { key: 'glossary', to: '/begrippen' },
] as const;

function Sections() {
  const { t } = useTranslation('home');
  return (
    <nav aria-labelledby="home-sections" className="home-sections">
      <h2 id="home-sections">{t('sections.title')}</h2>
      <ul className="home-tiles" role="list">
        {sections.map((section) => (
          <li key={section.key}>
            <Link className="home-tile" to={section.to}>
              <span className="home-tile__name">{t(`sections.${section.key}.name`)}</span>
              <span className="home-tile__what">{t(`sections.${section.key}.what`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
