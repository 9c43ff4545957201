import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Perspective, Subject } from '../../../shared/domain';
import { dismissRefusedWrite, type RefusedWrite as RejectedMutation } from '../../../data/sync/write-outcome';
import { getDraft } from '../../../data/repos/draft-repo';
import { RefusedWrite } from './refused-write';
import { useVoice } from './use-voice';
import { VoiceCard } from './voice-item';
import { VoiceForm } from './voice-form';
import type { VoiceValues } from './voice-values';
import { WithdrawConfirm } from './withdraw-confirm';
import '../../styles/voice.css';

type Mode =
  | { kind: 'closed' }
  | { kind: 'write'; editing?: Perspective; initial?: Partial<VoiceValues>; refused?: number; auto?: boolean }
  | { kind: 'withdraw'; perspective: Perspective };

interface VoiceSectionProps {
  subject: Subject;
  /** What the item is called, for the button's and the list's accessible names. */
  what: string;
  /** On a reason: also "Dit klopt niet" and "Dit is niet meer zo". */
  corrections?: boolean;
}

/** Under a decision, reason, person or event: everyone's side I may see, and "Mijn kant". */
const MAX_NAME = 60;
const shortened = (text: string) => (text.length > MAX_NAME ? `${text.slice(0, MAX_NAME - 1)}…` : text);

export function VoiceSection({ subject, what: fullWhat, corrections = false }: VoiceSectionProps) {
  const { t } = useTranslation('voice');
  const what = shortened(fullWhat);
  const id = useId();
  const data = useVoice(subject.id);
  const [mode, setMode] = useState<Mode>({ kind: 'closed' });
  const [notice, setNotice] = useState<'saved' | 'withdrawn' | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const hasDraft = useLiveQuery(async () => Boolean(await getDraft(`voice:${subject.id}`)), [subject.id]);
  const autoOpened = useRef(false);
  useEffect(() => {
    if (hasDraft && !autoOpened.current) {
      autoOpened.current = true;
      setMode((before) => (before.kind === 'closed' ? { kind: 'write', auto: true } : before));
    }
  }, [hasDraft]);

  if (!data) return null;
  const { caseId, me, members, items, refused } = data;

  const close = (result: 'saved' | 'withdrawn' | null) => {
    setMode({ kind: 'closed' });
    setNotice(result);
    setTimeout(() => opener.current?.focus());
  };
  const retry = (entry: RejectedMutation) => {
    const args = entry.args as Partial<VoiceValues> & { id: string };
    const initial = {
      text: args.text,
      stance: args.stance ?? null,
      audience: args.audience ?? 'professionals',
    };
    const editing =
      entry.name === 'perspective.edit' ? items.find((i) => i.perspective.id === args.id) : undefined;
    setMode({ kind: 'write', initial, editing: editing?.perspective, refused: entry.mutationId });
  };

  return (
    <div className="voice" data-testid="voice-section">
      {(items.length > 0 || refused.length > 0) && (
        <ul className="voice-list" role="list" aria-label={t('list.label', { what })}>
          {refused.map((entry) => (
            <li key={`refused-${entry.mutationId}`}>
              <RefusedWrite
                refused={entry}
                onRetry={() => retry(entry)}
                onDiscard={() => void dismissRefusedWrite(entry.mutationId)}
              />
            </li>
          ))}
          {items.map((item) => (
            <li key={item.perspective.id}>
              {mode.kind === 'withdraw' && mode.perspective.id === item.perspective.id ? (
                <WithdrawConfirm
                  perspective={item.perspective}
                  me={me}
                  onClose={(withdrawn) => close(withdrawn ? 'withdrawn' : null)}
                />
              ) : (
                <VoiceCard
                  item={item}
                  me={me}
                  members={members}
                  onEdit={() => setMode({ kind: 'write', editing: item.perspective })}
                  onWithdraw={() => setMode({ kind: 'withdraw', perspective: item.perspective })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {notice && (
        <p role="status" className="form__notice">
          {t(notice === 'saved' ? 'saved' : 'withdraw.done')}
        </p>
      )}
      {mode.kind === 'write' ? (
        <div id={`${id}-form`}>
          <VoiceForm
            key={mode.editing?.id ?? 'new'}
            caseId={caseId}
            me={me}
            subject={subject}
            corrections={corrections}
            editing={mode.editing}
            initial={mode.initial}
            focusOnOpen={!mode.auto}
            onClose={(sent) => {
              if (sent && mode.refused !== undefined) void dismissRefusedWrite(mode.refused);
              close(sent ? 'saved' : null);
            }}
          />
        </div>
      ) : (
        <button
          ref={opener}
          type="button"
          className="button voice__open"
          aria-label={t('openLabel', { what })}
          aria-expanded={false}
          onClick={() => {
            setNotice(null);
            setMode({ kind: 'write' });
          }}
        >
          {t('open')}
        </button>
      )}
    </div>
  );
}
