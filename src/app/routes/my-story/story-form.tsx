import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { audiences, type Audience } from '../../../shared/domain';
import { useUnsavedText } from '../../pwa/unsaved-text';

interface StoryFormProps {
  defaultAudience: Audience;
  onSave: (text: string, audience: Audience) => Promise<unknown>;
}

type Notice = 'saved' | 'empty' | 'failed' | null;

export function StoryForm({ defaultAudience, onSave }: StoryFormProps) {
  const { t } = useTranslation('mystory');
  const id = useId();
  const [text, setText] = useState('');
  const [audience, setAudience] = useState<Audience>(defaultAudience);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  useUnsavedText(text.trim() !== '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return setNotice('empty');
    setBusy(true);
    try {
      await onSave(text.trim(), audience);
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
      <fieldset className="field story-form__audience">
        <legend>{t('form.audienceLegend')}</legend>
        {audiences.map((option) => (
          <div key={option} className="choice">
            <input
              type="radio"
              id={`${id}-${option}`}
              name="audience"
              value={option}
              checked={audience === option}
              aria-describedby={`${id}-${option}-explain`}
              onChange={() => setAudience(option)}
            />
            <label htmlFor={`${id}-${option}`}>
              {t(`audience.${option}.label`)}
              <span id={`${id}-${option}-explain`} className="choice__explain">
                {t(`audience.${option}.explain`)}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
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
