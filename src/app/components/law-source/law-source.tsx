import { useTranslation } from 'react-i18next';
import { readLawCode, type Source } from '../../../shared/catalog/sources';
import { intlLocale } from '../../i18n/i18n';
import '../../styles/law-source.css';

/** "Jeugdwet, artikel 7.3.10": the law named in words, never a raw code a family cannot look up. */
export function useLawInWords() {
  const { t, i18n } = useTranslation('common');
  const list = new Intl.ListFormat(intlLocale(i18n.language), { type: 'conjunction' });
  return (code: string) =>
    readLawCode(code)
      .map((part) =>
        part.law === null
          ? part.raw
          : t(`law.${part.law}`, { count: part.articles.length, articles: list.format(part.articles) }),
      )
      .join('; ');
}

const siteOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

/** "Waar staat dit?" under a right or a decision: the law in words, a page that explains more, a hedge. */
export function LawSource({ source, className = '' }: { source: Source; className?: string }) {
  const { t } = useTranslation('common');
  const inWords = useLawInWords();
  if (!source.law && !source.page) return null;
  return (
    <div className={`law-source ${className}`}>
      <p>
        <strong>{t('law.where')}</strong> {inWords(source.law)}
      </p>
      {source.page && (
        <p className="law-source__page">
          <a href={source.page} rel="noreferrer noopener" target="_blank">
            {t('law.page', { site: siteOf(source.page) })}
          </a>
        </p>
      )}
      {source.check && <p className="law-source__check">{t('law.check')}</p>}
    </div>
  );
}
