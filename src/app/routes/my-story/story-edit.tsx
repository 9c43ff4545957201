import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Perspective } from '../../../shared/domain';
import { mutate } from '../../../data/sync/mutate';
import { MAX_TEXT } from '../../components/voice/voice-values';
import { useUnsavedText } from '../../pwa/unsaved-text';

/** Changing my story: the server keeps the earlier version, so nothing I said before is lost. */
export function StoryEdit({ perspective, onClose }: { perspective: Perspective; onClose(): void }) {
  const { t } = useTranslation('mystory');
  const id = useId();
  const [text, setText] = useState(perspective.text);
  const [problem, setProblem] = useState<'empty' | 'tooLong' | null>(null);
  useUnsavedText(text !== perspective.text);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed === '') return setProblem('empty');
    if (trimmed.length > MAX_TEXT) return setProblem('tooLong');
    await mutate('perspective.edit', { id: perspective.id, text: trimmed });
    onClose();
  }

  return (
    <form className="form story-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('edit.label')}</label>
        <textarea
          id={`${id}-text`}
          rows={8}
          value={text}
          autoFocus
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        {problem && (
          <p id={`${id}-problem`} className="form__error">
            {t(problem === 'empty' ? 'form.empty' : 'edit.tooLong', {
              max: MAX_TEXT.toLocaleString('nl-NL'),
            })}
          </p>
        )}
      </div>
      <p className="story-form__actions">
        <button type="submit" className="button button--primary">
          {t('edit.save')}
        </button>{' '}
        <button type="button" className="button" onClick={onClose}>
          {t('edit.cancel')}
        </button>
      </p>
    </form>
  );
}
