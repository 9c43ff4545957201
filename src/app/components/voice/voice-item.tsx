import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/domain';
import type { VoiceItem } from '../../../data/repos/voice-repo';
import { useDateFormat } from '../../i18n/format-date';
import { readReceipts, voiceState } from './voice-status';

interface VoiceCardProps {
  item: VoiceItem;
  me: Member;
  members: readonly Member[];
  onEdit?: () => void;
  onWithdraw?: () => void;
}

/** One contribution: whose, what they think, their words; for mine also the status and what I can do. */
export function VoiceCard({ item, me, members, onEdit, onWithdraw }: VoiceCardProps) {
  const { t } = useTranslation('voice');
  const format = useDateFormat();
  const { perspective, replies } = item;
  const mine = perspective.authorMemberId === me.id;
  const nameOf = (id: string) => members.find((m) => m.id === id)?.displayName ?? t('list.someone');
  const state = voiceState(item);
  return (
    <article className="voice-card" data-testid="voice-item" data-state={mine ? state : undefined}>
      <p className="voice-card__who">
        <strong>{mine ? t('list.mine') : nameOf(perspective.authorMemberId)}</strong>
        {' · '}
        {t(`stance.${perspective.stance}`)}
      </p>
      <p className="voice-card__text">{perspective.text}</p>
      <p className="voice-card__meta">
        {t('list.writtenOn', { date: format.dayOfInstant(perspective.createdAt) })}
        {mine && <> · {t('list.audience', { audience: t(`audience.${perspective.audience}.label`) })}</>}
      </p>
      {mine && <VoiceStatus item={item} members={members} />}
      {replies.length > 0 && (
        <div className="voice-card__replies">
          {replies.map((reply) => (
            <blockquote key={reply.id}>
              <p className="voice-card__meta">{t('list.replyBy', { name: nameOf(reply.authorMemberId) })}</p>
              <p>{reply.text}</p>
            </blockquote>
          ))}
        </div>
      )}
      {mine && (onEdit || onWithdraw) && (
        <p className="voice-card__actions">
          {onEdit && (
            <button type="button" className="button" onClick={onEdit}>
              {t('edit')}
            </button>
          )}
          {onWithdraw && (
            <button type="button" className="button" onClick={onWithdraw}>
              {t('withdraw.button')}
            </button>
          )}
        </p>
      )}
    </article>
  );
}

export function VoiceStatus({ item, members }: { item: VoiceItem; members: readonly Member[] }) {
  const { t } = useTranslation('voice');
  const format = useDateFormat();
  const state = voiceState(item);
  const { perspective } = item;
  const receipts = readReceipts(item, members);
  return (
    <div className="voice-status">
      <p className={`voice-status__state voice-status__state--${state}`}>
        <span className="visually-hidden">{t('status.label')}: </span>
        {t(`status.${state}`)}
      </p>
      {state !== 'pending' && (
        <ul role="list" className="voice-status__details">
          {receipts.length === 0 ? (
            <li>{t('status.notRead')}</li>
          ) : (
            receipts.map((receipt) => (
              <li key={receipt.memberId}>
                {t('status.readBy', {
                  name: receipt.member?.displayName ?? t('list.someone'),
                  date: receipt.at ? format.dayOfInstant(receipt.at) : '',
                })}
              </li>
            ))
          )}
          {perspective.correctionStatus === 'open' && <li>{t('status.open')}</li>}
          {perspective.correctionStatus === 'corrected' && (
            <li>
              {t('status.correctedOn', {
                date: format.dayOfInstant(
                  perspective.correctedRevisionAt ?? perspective.resolvedAt ?? perspective.updatedAt,
                ),
              })}
              {perspective.correctionReason && (
                <> {t('status.correctedWhy', { reason: perspective.correctionReason })}</>
              )}
            </li>
          )}
          {perspective.correctionStatus === 'kept' && (
            <li>{t('status.keptWhy', { reason: perspective.correctionReason ?? '' })}</li>
          )}
        </ul>
      )}
    </div>
  );
}
