import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyPerspective, RejectedPerspective } from '../../../data/repos/perspectives-repo';
import { usePageTitle } from '../../components/use-page-title';
import { useDateFormat } from '../../i18n/format-date';
import { VersionHistory } from '../../components/voice/version-history';
import { CorrectionTerm } from './correction-term';
import { StoryEdit } from './story-edit';
import { StoryForm } from './story-form';
import { useAddStory, useMyStory } from './use-my-story';
import '../../styles/cards.css';
import '../../styles/forms.css';
import '../../styles/my-story.css';

const knownReasons = ['forbidden', 'bad-request', 'not-found', 'conflict', 'unknown-mutation'] as const;
const reasonKey = (code: string) =>
  (knownReasons as readonly string[]).includes(code) ? (code as (typeof knownReasons)[number]) : 'other';

/** Mijn verhaal: tell your story once, choose who reads it, see whether it arrived and the replies. */
export function MyStoryPage() {
  const { t } = useTranslation('mystory');
  const data = useMyStory();
  usePageTitle(t('title'));

  return (
    <div className="my-story">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {data === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : data === null ? null : (
        <>
          {data.isYouth && (
            <p className="story-houses">
              <Link to="/drie-huizen">{t('houses.link')}</Link> {t('houses.what')}
            </p>
          )}
          <section aria-labelledby="story-write" className="section">
            <h2 id="story-write">{t('form.heading')}</h2>
            <StoryFormFor caseId={data.caseId} defaultAudience={data.defaultAudience} />
          </section>
          <section aria-labelledby="story-list" className="section">
            <h2 id="story-list">{t('list.heading')}</h2>
            {/* Always present, so a screen reader hears a refusal that arrives with a later sync. */}
            <p role="status" className="visually-hidden">
              {data.rejected.length > 0 ? t('announce.rejected', { count: data.rejected.length }) : ''}
            </p>
            {data.items.length === 0 && data.rejected.length === 0 ? (
              <p>{t('list.none')}</p>
            ) : (
              <ul className="story-list" role="list">
                {data.rejected.map((rejected) => (
                  <li key={`rejected-${rejected.mutationId}`}>
                    <RejectedItem rejected={rejected} />
                  </li>
                ))}
                {data.items.map((item) => (
                  <li key={item.perspective.id}>
                    <StoryItem item={item} names={data.names} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}

function StoryFormFor({
  caseId,
  defaultAudience,
}: {
  caseId: string;
  defaultAudience: 'everyone' | 'professionals' | 'private';
}) {
  const save = useAddStory(caseId);
  return <StoryForm key={defaultAudience} caseId={caseId} defaultAudience={defaultAudience} onSave={save} />;
}

function StoryItem({ item, names }: { item: MyPerspective; names: Record<string, string> }) {
  const { t } = useTranslation('mystory');
  const format = useDateFormat();
  const { perspective, state, replies } = item;
  const [editing, setEditing] = useState(false);
  return (
    <article className="story-card" data-testid="story-item" data-state={state}>
      <p className={`story-card__state story-card__state--${state}`}>{t(`state.${state}`)}</p>
      {editing ? (
        <StoryEdit perspective={perspective} onClose={() => setEditing(false)} />
      ) : (
        <>
          <p className="story-card__text">{perspective.text}</p>
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('edit.button')}
          </button>
        </>
      )}
      <CorrectionTerm perspective={perspective} />
      <p className="story-card__meta">
        {t('list.writtenOn', { date: format.dayOfInstant(perspective.createdAt) })} ·{' '}
        {t('list.audience', { audience: t(`audience.${perspective.audience}.label`) })}
      </p>
      <VersionHistory perspective={perspective} />
      {replies.length > 0 && (
        <div className="story-card__replies">
          <h3>{t('list.replies')}</h3>
          {replies.map((reply) => (
            <blockquote key={reply.id}>
              <p className="story-card__meta">
                {t('list.replyBy', { name: names[reply.authorMemberId] ?? t('list.someone') })}
              </p>
              <p lang="nl">{reply.text}</p>
            </blockquote>
          ))}
        </div>
      )}
    </article>
  );
}

function RejectedItem({ rejected }: { rejected: RejectedPerspective }) {
  const { t } = useTranslation('mystory');
  return (
    <article className="story-card story-card--rejected" data-testid="story-item" data-state="rejected">
      <p className="story-card__state story-card__state--rejected">
        {t('state.rejected', { reason: t(`reason.${reasonKey(rejected.code)}`) })}
      </p>
      <p className="story-card__meta">{t('state.keptHere')}</p>
      <p className="story-card__text">{rejected.args.text}</p>
    </article>
  );
}
