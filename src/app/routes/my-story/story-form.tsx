import { useCallback, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audience } from '../../../shared/domain';
import { AudienceChoice } from '../../components/voice/audience-choice';
import { useDraft } from '../../components/voice/use-draft';
import type { VoiceValues } from '../../components/voice/voice-values';
import { useUnsavedText } from '../../pwa/unsaved-text';

interface StoryFormProps {
  caseId: string;
  defaultAudience: Audience;
  onSave: (text: string, audience: Audience) => Promise<unknown>;
}

type Notice = 'saved' | 'empty' | 'failed' | null;

export function StoryForm({ caseId, defaultAudience, onSave }: StoryFormProps) {
  const { t } = useTranslation('mystory');
  const id = useId();
  const [text, setText] = useState('');
  const [audience, setAudience] = useState<Audience>(defaultAudience);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  useUnsavedText(text.trim() !== '');
  // What is typed stays on this device until it is sent: a closed tab or a dead battery loses nothing.
  const values = useMemo<VoiceValues>(() => ({ text, stance: 'story', audience }), [text, audience]);
  const restore = useCallback((draft: VoiceValues) => {
    setText(draft.text);
    setAudience(draft.audience);
  }, []);
  const draft = useDraft(`story:${caseId}`, caseId, values, restore);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return setNotice('empty');
    setBusy(true);
    try {
      await onSave(text.trim(), audience);
      await draft.discard();
      setText('');
      setNotice('saved');
    } catch {
      setNotice('failed');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form story-form" onSubmit={(event) => void submit(event)} noValidate>
      {draft.restored && text !== '' && <p className="form__notice">{t('form.draftKept')}</p>}
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('form.textLabel')}</label>
        <p id={`${id}-hint`} className="field__hint">
          {t('form.textHint')}
        </p>
        <textarea
          id={`${id}-text`}
          name="text"
          rows={8}
          value={text}
          aria-describedby={`${id}-hint`}
          aria-invalid={notice === 'empty'}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <AudienceChoice
        idPrefix={id}
        name="audience"
        className="field story-form__audience"
        legend={t('form.audienceLegend')}
        texts="mystory"
        value={audience}
        onChange={setAudience}
      />
      <p
        role="status"
        className={notice === 'saved' ? 'form__notice' : notice ? 'form__error' : 'visually-hidden'}
      >
        {notice ? t(`form.${notice}`) : ''}
      </p>
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('form.submit')}
      </button>
    </form>
  );
}
