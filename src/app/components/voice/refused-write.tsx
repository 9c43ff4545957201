import { useTranslation } from 'react-i18next';
import type { RefusedWrite as RejectedMutation } from '../../../data/sync/write-outcome';

const knownReasons = ['forbidden', 'bad-request', 'not-found', 'conflict', 'unknown-mutation'] as const;
export const reasonKey = (code: string) =>
  (knownReasons as readonly string[]).includes(code) ? (code as (typeof knownReasons)[number]) : 'other';

interface RefusedWriteProps {
  refused: RejectedMutation;
  onRetry(): void;
  onDiscard(): void;
}

/** A write the server did not accept: why, in plain words, with the words kept to fix or throw away. */
export function RefusedWrite({ refused, onRetry, onDiscard }: RefusedWriteProps) {
  const { t } = useTranslation('voice');
  const { text } = refused.args as { text: string };
  return (
    <article className="voice-card voice-card--refused" data-testid="voice-refused">
      <p className="voice-status__state voice-status__state--refused">
        {t('refused.title', { reason: t(`reason.${reasonKey(refused.code)}`) })}
      </p>
      <p className="voice-card__meta">{t('refused.kept')}</p>
      <p className="voice-card__text">{text}</p>
      <p className="voice-card__actions">
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('refused.retry')}
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          {t('refused.discard')}
        </button>
      </p>
    </article>
  );
}
