import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { glossaryKeys } from '../../../shared/catalog/glossary';
import { useAmYouth } from '../../components/jargon/use-am-youth';
import { usePageTitle } from '../../components/use-page-title';
import { filterEntries, isGlossaryKey, sortEntries, type GlossaryEntry } from './glossary-view';
import { youth } from '../../i18n/youth';
import '../../styles/glossary.css';

export function GlossaryPage() {
  const { t, i18n } = useTranslation(['glossarypage', 'glossary']);
  usePageTitle(t('glossarypage:title'));
  const isYouth = useAmYouth();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const target = useLocation().hash.slice(1);

  const entries = useMemo(
    () =>
      sortEntries(
        glossaryKeys.map((key): GlossaryEntry => ({
          key,
          word: t(`glossary:term.${key}.word`),
          explanation: t(`glossary:term.${key}.explanation`, youth(isYouth)),
          alsoKnownAs: t(`glossary:term.${key}.matches`),
        })),
        i18n.language,
      ),
    [t, i18n.language, isYouth],
  );
  const shown = filterEntries(entries, query);

  // /begrippen#ots: bring that word into view (the router does not scroll to a hash by itself).
  useEffect(() => {
    if (isGlossaryKey(target)) document.getElementById(target)?.scrollIntoView?.({ block: 'start' });
  }, [target]);

  return (
    <div className="glossary">
      <h1>{t('glossarypage:title')}</h1>
      <p className="lead">{t('glossarypage:intro')}</p>
      <div className="glossary-search" role="search">
        <label htmlFor={searchId}>{t('glossarypage:search.label')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
        />
        <p className="glossary-search__count" role="status">
          {shown.length === 0
            ? t('glossarypage:search.none', { query: query.trim() })
            : t('glossarypage:search.count', { count: shown.length })}
        </p>
      </div>
      <ul className="terms" role="list">
        {shown.map((entry) => (
          <li key={entry.key} id={entry.key} className={`term ${entry.key === target ? 'term--target' : ''}`}>
            <h2 id={`${entry.key}-word`}>{entry.word}</h2>
            <p>{entry.explanation}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
