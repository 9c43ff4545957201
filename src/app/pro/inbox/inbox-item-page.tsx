import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { mutate } from '../../../data/sync/mutate';
import { usePageTitle } from '../../components/use-page-title';
import { useDateFormat } from '../../i18n/format-date';
import { proPaths } from '../pro-paths';
import { buildInbox, type InboxItem } from './inbox-view';
import { ReplyForm } from './reply-form';
import { ResolveForm } from './resolve-form';
import { useInboxRows } from './use-inbox';
import { mayObjectToParent, YouthObjection } from './youth-objection';

/**
 * One contribution of the family. Opening it marks it read for me (the family sees "gelezen"); I can
 * answer it, and answer a correction request: adjust the reason, or say why it stays as it is.
 */
export function InboxItemPage() {
  const { t } = useTranslation('proinbox');
  const { perspectiveId = '' } = useParams();
  const data = useInboxRows();
  const item = data
    ? buildInbox(data.rows, data.me, { caseId: null, show: 'all' }).find(
        (i) => i.perspective.id === perspectiveId,
      )
    : undefined;
  usePageTitle(t('item.title'));
  useMarkRead(item, data?.me);
  return (
    <div className="pro-page">
      <p>
        <Link to={proPaths.inbox()}>{t('item.back')}</Link>
      </p>
      <h1>{t('item.title')}</h1>
      {data === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : !item ? (
        <p>{t('item.missing')}</p>
      ) : (
        <>
          <Item item={item} names={new Map(data.rows.members.map((m) => [m.id, m.displayName]))} />
          {item.author && mayObjectToParent(item.author) && (
            <YouthObjection
              perspective={item.perspective}
              author={item.author}
              parents={data.rows.members.filter(
                (m) => m.caseId === item.perspective.caseId && m.role === 'parent' && !m.endedOn,
              )}
            />
          )}
        </>
      )}
    </div>
  );
}

/** Once per opening, only when I have not read it yet and I am a member of its case. */
function useMarkRead(item: InboxItem | undefined, me: Map<string, string> | undefined) {
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (!item || item.readByMe || !me?.has(item.perspective.caseId)) return;
    if (sent.current === item.perspective.id) return;
    sent.current = item.perspective.id;
    void mutate('perspective.markRead', { id: item.perspective.id });
  }, [item, me]);
}

function Item({ item, names }: { item: InboxItem; names: Map<string, string> }) {
  const { t } = useTranslation('proinbox');
  const format = useDateFormat();
  const { perspective, statement } = item;
  const caseId = perspective.caseId;
  const decisionId =
    statement?.decisionId ?? (perspective.subject.type === 'decision' ? perspective.subject.id : null);
  return (
    <>
      <p className="pro-kicker">
        {t('entry.by', { name: item.author?.displayName ?? '-', case: item.caseTitle })}
      </p>
      <section aria-labelledby="item-about">
        <h2 id="item-about">
          {t(`stance.${perspective.stance}`)}: {item.about || t('aboutUnknown')}
        </h2>
        {decisionId && <Link to={proPaths.decision(caseId, decisionId)}>{t('item.openDecision')}</Link>}
        <blockquote className="pro-quote">{perspective.text}</blockquote>
        <p>
          <time dateTime={perspective.updatedAt}>
            {format.dayOfInstant(perspective.updatedAt)} {format.time(perspective.updatedAt)}
          </time>
        </p>
      </section>
      {item.isCorrection && (
        <section aria-labelledby="item-correction">
          <h2 id="item-correction">{t('correction.title')}</h2>
          {perspective.correctionStatus === 'open' ? (
            <>
              <p>{t('correction.open')}</p>
              {statement && decisionId && statement.status !== 'withdrawn' && (
                <p>
                  <Link
                    className="button button--primary"
                    to={proPaths.reason(caseId, decisionId, statement.id, perspective.id)}
                  >
                    {t('correction.adjust')}
                  </Link>
                </p>
              )}
              <h3>{statement ? t('correction.keepTitle') : t('correction.answerTitle')}</h3>
              <ResolveForm
                perspectiveId={perspective.id}
                outcomes={statement ? ['kept'] : ['corrected', 'kept']}
              />
            </>
          ) : (
            <p>
              {t(`entry.correction.${perspective.correctionStatus ?? 'open'}`)} {perspective.correctionReason}
            </p>
          )}
        </section>
      )}
      <section aria-labelledby="item-replies">
        <h2 id="item-replies">{t('replies.title')}</h2>
        {item.replies.length === 0 ? (
          <p>{t('replies.none')}</p>
        ) : (
          <ol className="plain-list">
            {item.replies.map((reply) => (
              <li key={reply.id}>
                <strong>{names.get(reply.authorMemberId) ?? '-'}</strong> (
                {format.dayOfInstant(reply.createdAt)}): {reply.text}
              </li>
            ))}
          </ol>
        )}
        <ReplyForm perspectiveId={perspective.id} />
      </section>
    </>
  );
}
