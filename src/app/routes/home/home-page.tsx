import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseEvent, Involvement } from '../../../shared/domain';
import { InitialsAvatar } from '../../components/initials-avatar';
import { usePageTitle } from '../../components/use-page-title';
import { useDateFormat } from '../../i18n/format-date';
import { intlLocale } from '../../i18n/i18n';
import type { RunningDeadline } from '../decisions/decisions-view';
import { ContactLinks } from '../involved/contact-links';
import type { NewsItem } from './home-view';
import { useHome } from './use-home';
import { youth } from '../../i18n/youth';
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
          {data.view.deadlines.length > 0 && <Deadlines deadlines={data.view.deadlines} />}
          <MyContact contact={data.view.myContact} />
          {data.view.news && <News news={data.view.news} />}
          <NextEvent event={data.view.nextEvent} />
          <Sections />
        </>
      )}
    </div>
  );
}

function Deadlines({ deadlines }: { deadlines: RunningDeadline[] }) {
  const { t } = useTranslation(['home', 'measures']);
  const format = useDateFormat();
  return (
    <section aria-labelledby="home-deadlines" className="home-card home-card--urgent">
      <h2 id="home-deadlines">
        <span className="alert-mark" aria-hidden="true">
          !
        </span>
        {t('home:deadlines.title')}
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
              {t('home:deadlines.against', { title: deadline.decision.title })}
            </p>
            <p>
              {t('home:deadlines.by', {
                date: format.day(deadline.deadline),
                route: t(`measures:route.${deadline.route}.name`),
              })}
            </p>
            <Link className="button button--primary" to={`/besluiten/${deadline.decision.id}#bezwaar`}>
              {t('home:deadlines.link')}
            </Link>
          </li>
        ))}
      </ul>
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
          <strong>{t('news.reply')}</strong>
          <br />
          <q lang="nl">{item.text}</q>
        </p>
      );
  }
}

function NextEvent({ event }: { event: CaseEvent | null }) {
  const { t, i18n } = useTranslation('home');
  const format = useDateFormat();
  const weekdayAndDate = (instant: string) =>
    new Intl.DateTimeFormat(intlLocale(i18n.language), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    }).format(new Date(instant));
  return (
    <section aria-labelledby="home-next" className="home-card">
      <h2 id="home-next">{t('next.title')}</h2>
      {event ? (
        <>
          <p className="home-event__title" lang="nl">
            {event.title}
          </p>
          <p className="home-event__when">
            {t('next.when', {
              date: weekdayAndDate(event.startsAt),
              time: format.time(event.startsAt),
            })}
          </p>
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
