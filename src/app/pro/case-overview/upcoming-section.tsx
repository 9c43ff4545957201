import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../i18n/format-date';
import type { Upcoming } from './overview-view';

export function UpcomingSection({ upcoming }: { upcoming: Upcoming[] }) {
  const { t } = useTranslation(['procase', 'measures']);
  const format = useDateFormat();
  const describe = (item: Upcoming) => {
    switch (item.kind) {
      case 'event':
        return t('procase:upcoming.event', { title: item.title });
      case 'objection':
        return t('procase:upcoming.objection', {
          title: item.title,
          route: t(`measures:route.${item.route}.name`),
        });
      case 'decision-ends':
        return t('procase:upcoming.ends', { title: item.title });
      case 'decision-review':
        return t('procase:upcoming.review', { title: item.title });
    }
  };
  return (
    <section className="overview-card" aria-labelledby="overview-upcoming">
      <h2 id="overview-upcoming">{t('procase:upcoming.title')}</h2>
      {upcoming.length === 0 ? (
        <p>{t('procase:upcoming.empty')}</p>
      ) : (
        <ul role="list" className="plain-list">
          {upcoming.map((item) => (
            <li key={item.id}>
              <strong>{format.day(item.date)}</strong> {describe(item)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
