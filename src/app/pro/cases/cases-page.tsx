import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { SavedNotice } from '../components/saved-notice';
import { proPaths } from '../pro-paths';
import { useCases } from './use-cases';

/** Where a professional lands: their cases, and a way to open a new one. */
export function CasesPage() {
  const { t } = useTranslation('pro');
  const cases = useCases();
  usePageTitle(t('cases.title'));
  return (
    <div className="pro-page">
      <h1>{t('cases.title')}</h1>
      <SavedNotice />
      <p>
        <Link className="button button--primary" to={proPaths.newCase}>
          {t('cases.new')}
        </Link>
      </p>
      {cases === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : cases.length === 0 ? (
        <p>{t('cases.empty')}</p>
      ) : (
        <ul className="pro-list" role="list">
          {cases.map((item) => (
            <li key={item.case.id} className="pro-list__item">
              <Link className="pro-list__title" to={proPaths.case(item.case.id)}>
                {item.case.title}
              </Link>
              <span className="pro-list__meta">{t('cases.family', { count: item.familyCount })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
