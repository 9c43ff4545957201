import { useTranslation } from 'react-i18next';
import { measures, type MeasureKey } from '../../../shared/catalog/measures';
import { useDateFormat } from '../../i18n/format-date';
import { objectionRoutesOf } from './decision-form-values';

/**
 * What the catalogue says about the chosen measure: the usual (longest) duration, and every route
 * to object with its last day, counted from the day of the decision. Updates as the form changes,
 * announced politely so a screen-reader user hears the new deadline.
 */
export function CatalogueBox({ kind, decidedOn }: { kind: MeasureKey; decidedOn: string }) {
  const { t } = useTranslation(['prodecision', 'measures']);
  const format = useDateFormat();
  const max = measures[kind].maxDuration;
  const routes = objectionRoutesOf(kind, decidedOn);
  return (
    <section className="catalogue-box" aria-labelledby="catalogue-title">
      <h2 id="catalogue-title">{t('prodecision:catalogue.title')}</h2>
      <p>{t(`measures:measure.${kind}.plain`)}</p>
      <p>
        {max
          ? t('prodecision:catalogue.maxDuration', {
              term:
                'days' in max
                  ? t('prodecision:catalogue.days', { count: max.days })
                  : t('prodecision:catalogue.months', { count: max.months }),
            })
          : t('prodecision:catalogue.noMax')}
      </p>
      <h3>{t('prodecision:catalogue.routes')}</h3>
      <ul role="list" className="plain-list" aria-live="polite" data-testid="objection-routes">
        {routes.map((route) => (
          <li key={route.route}>
            <strong>{t(`measures:route.${route.route}.name`)}</strong> ({route.article}):{' '}
            {route.deadline
              ? t('prodecision:catalogue.until', { date: format.day(route.deadline) })
              : t('prodecision:catalogue.noDeadline')}
          </li>
        ))}
      </ul>
      <p className="field__hint">{t('prodecision:catalogue.adjust')}</p>
    </section>
  );
}
