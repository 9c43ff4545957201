import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDateFormat } from '../../i18n/format-date';
import { proPaths } from '../pro-paths';
import type { InboxItem } from './inbox-view';

/** One line of the inbox: who, in which case, about what, and whether it waits for an answer. */
export function InboxEntry({ item }: { item: InboxItem }) {
  const { t } = useTranslation('proinbox');
  const format = useDateFormat();
  const { perspective } = item;
  return (
    <article
      className={`inbox-entry ${item.readByMe ? '' : 'inbox-entry--unread'}`}
      aria-labelledby={`inbox-${perspective.id}`}
    >
      <h2 id={`inbox-${perspective.id}`} className="inbox-entry__title">
        <Link to={proPaths.inboxItem(perspective.id)}>
          {t(`stance.${perspective.stance}`)}: {item.about || t('aboutUnknown')}
        </Link>
      </h2>
      <p>
        {t('entry.by', { name: item.author?.displayName ?? '-', case: item.caseTitle })} ·{' '}
        <time dateTime={perspective.updatedAt}>{format.dayOfInstant(perspective.updatedAt)}</time>
      </p>
      <p className="inbox-entry__text">{perspective.text}</p>
      <p className="inbox-entry__state">
        {!item.readByMe && <strong>{t('entry.unread')} · </strong>}
        {item.isCorrection
          ? t(`entry.correction.${perspective.correctionStatus ?? 'open'}`)
          : item.answered
            ? t('entry.answered')
            : t('entry.unanswered')}
      </p>
    </article>
  );
}
