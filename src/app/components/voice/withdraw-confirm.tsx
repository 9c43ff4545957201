import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInNl } from '../../../shared/catalog/dates';
import type { Member, Perspective } from '../../../shared/domain';
import { perspectiveReaders } from '../../../shared/sync/perspective-readers';
import { readerContext } from '../../../data/repos/voice-repo';
import { mutate } from '../../../data/sync/mutate';
import { useLiveQuery } from 'dexie-react-hooks';
import { byRoleThenName, useMemberLabel } from './member-label';

interface WithdrawConfirmProps {
  perspective: Perspective;
  me: Member;
  onClose(withdrawn: boolean): void;
}

/** Before taking words back: say who will no longer see them, and that the answers go too. */
export function WithdrawConfirm({ perspective, me, onClose }: WithdrawConfirmProps) {
  const { t } = useTranslation('voice');
  const memberLabel = useMemberLabel();
  const question = useRef<HTMLParagraphElement>(null);
  const readers = useLiveQuery(async () => {
    const context = await readerContext(perspective.caseId, perspective.subject, todayInNl());
    return perspectiveReaders(perspective, context)
      .filter((m) => m.id !== me.id)
      .sort(byRoleThenName);
  }, [perspective, me.id]);
  useEffect(() => question.current?.focus(), []);

  async function withdraw() {
    await mutate('perspective.withdraw', { id: perspective.id });
    onClose(true);
  }

  return (
    <div className="voice-withdraw" role="group" aria-labelledby={`withdraw-${perspective.id}`}>
      <p id={`withdraw-${perspective.id}`} ref={question} tabIndex={-1} className="voice-withdraw__question">
        {t('withdraw.question')}
      </p>
      {readers && (
        <p>
          {readers.length === 0
            ? t('withdraw.nobody')
            : t('withdraw.who', { names: readers.map((m) => memberLabel(m)).join(', ') })}
        </p>
      )}
      <p>{t('withdraw.replies')}</p>
      <p className="voice-form__actions">
        <button type="button" className="button button--primary" onClick={() => void withdraw()}>
          {t('withdraw.confirm')}
        </button>
        <button type="button" className="button" onClick={() => onClose(false)}>
          {t('withdraw.keep')}
        </button>
      </p>
    </div>
  );
}
