import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { SelectField } from '../components/fields';
import { buildInbox, type InboxShow } from './inbox-view';
import { InboxEntry } from './inbox-entry';
import { useInboxRows } from './use-inbox';

const shows: InboxShow[] = ['all', 'unanswered', 'corrections'];
const showOf = (value: string | null): InboxShow =>
  shows.includes(value as InboxShow) ? (value as InboxShow) : 'all';

/**
 * What the families wrote, across my cases: unanswered first, newest first. The filters live in the
 * address (?dossier=…&toon=…), so the case overview links straight to its own open items.
 */
export function InboxPage() {
  const { t } = useTranslation('proinbox');
  usePageTitle(t('title'));
  // Not useSearchParams: it would pull more of the router into the family's first download.
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const params = new URLSearchParams(search);
  const data = useInboxRows();
  const filter = { caseId: params.get('dossier'), show: showOf(params.get('toon')) };
  const setFilter = (key: 'dossier' | 'toon', value: string) => {
    const next = new URLSearchParams(params);
    if (value && value !== 'all') next.set(key, value);
    else next.delete(key);
    void navigate({ pathname, search: next.toString() }, { replace: true });
  };
  const items = data ? buildInbox(data.rows, data.me, filter) : [];
  return (
    <div className="pro-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <form
        className="inbox-filters"
        role="search"
        aria-label={t('filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          id="inbox-case"
          label={t('filter.case')}
          value={filter.caseId ?? ''}
          onChange={(value) => setFilter('dossier', value)}
          options={[
            { value: '', label: t('filter.allCases') },
            ...(data?.rows.cases ?? []).map((c) => ({ value: c.id, label: c.title })),
          ]}
        />
        <SelectField
          id="inbox-show"
          label={t('filter.show')}
          value={filter.show}
          onChange={(value) => setFilter('toon', value)}
          options={shows.map((show) => ({ value: show, label: t(`filter.${show}`) }))}
        />
      </form>
      {data === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : items.length === 0 ? (
        <p role="status">{t('empty')}</p>
      ) : (
        <>
          <p role="status">{t('count', { count: items.length })}</p>
          <ul role="list" className="pro-list">
            {items.map((item) => (
              <li key={item.perspective.id}>
                <InboxEntry item={item} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
