import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalKey } from '../components/refusal';
import { TextAreaField } from '../components/fields';
import { useWrite } from '../components/use-write';

/** An answer the family reads under their words. A refusal shows here, and the text stays. */
export function ReplyForm({ perspectiveId }: { perspectiveId: string }) {
  const { t } = useTranslation(['proinbox', 'pro']);
  const { write, busy } = useWrite();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState('');

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setOutcome('');
    if (text.trim() === '') return setError(t('proinbox:reply.required'));
    setError(undefined);
    const result = await write('reply.add', { id: crypto.randomUUID(), perspectiveId, text: text.trim() });
    if (result.state === 'rejected') return setError(t(`pro:refusal.${refusalKey(result.code)}`));
    setText('');
    setOutcome(result.state === 'accepted' ? t('pro:saved.accepted') : t('pro:saved.queued'));
  }

  return (
    <form className="form pro-form" noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy}>
      <TextAreaField
        id="reply-text"
        label={t('proinbox:reply.label')}
        hint={t('proinbox:reply.hint')}
        value={text}
        onChange={setText}
        error={error}
      />
      <button type="submit" className="button button--primary" aria-disabled={busy}>
        {busy ? t('pro:form.saving') : t('proinbox:reply.submit')}
      </button>
      <p role="status">{outcome}</p>
    </form>
  );
}
