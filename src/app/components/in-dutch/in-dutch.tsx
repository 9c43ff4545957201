import { useTranslation } from 'react-i18next';

/**
 * Case content that professionals wrote stays Dutch whatever language the app speaks; pages mark it
 * lang="nl" (so screen readers and read-aloud use a Dutch voice) and say so once with this note,
 * shown only when the app speaks another language.
 */
export function InDutchNote() {
  const { t, i18n } = useTranslation();
  if (i18n.resolvedLanguage === 'nl') return null;
  return <p className="in-dutch-note">{t('caseContent.inDutch')}</p>;
}
