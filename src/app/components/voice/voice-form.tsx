import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type Member, type Perspective, type Stance, type Subject } from '../../../shared/domain';
import { mutate } from '../../../data/sync/mutate';
import { useUnsavedText } from '../../pwa/unsaved-text';
import { AudienceChoice } from './audience-choice';
import { ReadersPreview } from './readers-preview';
import { useDraft } from './use-draft';
import {
  choiceStances,
  correctionStances,
  MAX_TEXT,
  validateVoice,
  type VoiceErrors,
  type VoiceValues,
} from './voice-values';

export interface VoiceFormProps {
  caseId: string;
  me: Member;
  subject: Subject;
  /** Offer "Dit klopt niet" and "Dit is niet meer zo" (on a reason). */
  corrections: boolean;
  /** Change this contribution of mine instead of adding one. */
  editing?: Perspective;
  /** Words of a refused write, to fix and send again. */
  initial?: Partial<VoiceValues>;
  /** Called once the words are on the device (sent: true) or the form is closed. */
  onClose(sent: boolean): void;
  /** Off when the form opens by itself (a draft came back), so the page keeps its focus. */
  focusOnOpen?: boolean;
}

const fromPerspective = (p: Perspective): VoiceValues => ({
  stance: p.stance,
  text: p.text,
  audience: p.audience,
});

/** "Mijn kant": what I think (Eens / Deels eens / Oneens, or a correction), my words, who reads it. */
export function VoiceForm(props: VoiceFormProps) {
  const { caseId, me, subject, corrections, editing, initial, onClose, focusOnOpen = true } = props;
  const { t } = useTranslation('voice');
  const id = useId();
  const [values, setValues] = useState<VoiceValues>(() => ({
    ...(editing ? fromPerspective(editing) : { stance: null, text: '', audience: 'professionals' }),
    ...initial,
  }));
  const [errors, setErrors] = useState<VoiceErrors>({});
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const draftKey = editing ? `edit:${editing.id}` : `voice:${subject.id}`;
  const draft = useDraft(draftKey, caseId, values, setValues);
  const first = useRef<HTMLInputElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useUnsavedText(values.text.trim() !== '');
  useEffect(() => {
    if (focusOnOpen) first.current?.focus();
  }, [focusOnOpen]);

  const stances: readonly Stance[] = corrections ? [...choiceStances, ...correctionStances] : choiceStances;
  const set = (patch: Partial<VoiceValues>) => setValues((before) => ({ ...before, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateVoice(values);
    setErrors(found);
    if (found.stance) return first.current?.focus();
    if (found.text) return textRef.current?.focus();
    setBusy(true);
    try {
      const text = values.text.trim();
      const stance = values.stance!;
      if (editing)
        await mutate('perspective.edit', { id: editing.id, text, stance, audience: values.audience });
      else
        await mutate('perspective.add', {
          id: crypto.randomUUID(),
          caseId,
          subject,
          stance,
          text,
          audience: values.audience,
        });
      await draft.discard();
      onClose(true);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  const textDescribedBy = [`${id}-hint`, errors.text && `${id}-text-error`].filter(Boolean).join(' ');
  const over = values.text.trim().length - MAX_TEXT;
  return (
    <form className="form voice-form" onSubmit={(event) => void submit(event)} noValidate>
      {draft.restored && <p className="form__notice">{t('draftKept')}</p>}
      <fieldset
        className="field voice-form__stance"
        aria-invalid={errors.stance ? true : undefined}
        aria-describedby={errors.stance ? `${id}-stance-error` : undefined}
      >
        <legend>{t('stance.legend')}</legend>
        {stances.map((stance, index) => (
          <div key={stance} className="choice">
            <input
              ref={index === 0 ? first : undefined}
              type="radio"
              id={`${id}-${stance}`}
              name={`${id}-stance`}
              value={stance}
              checked={values.stance === stance}
              onChange={() => set({ stance })}
            />
            <label htmlFor={`${id}-${stance}`}>{t(`stance.${stance}`)}</label>
          </div>
        ))}
        {corrections && <p className="field__hint">{t('stance.correctionHint')}</p>}
        {errors.stance && (
          <p id={`${id}-stance-error`} className="form__error">
            {t(`error.${errors.stance}`)}
          </p>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('text.label')}</label>
        <p id={`${id}-hint`} className="field__hint">
          {t('text.hint', { max: MAX_TEXT.toLocaleString('nl-NL') })}
        </p>
        <textarea
          ref={textRef}
          id={`${id}-text`}
          rows={5}
          value={values.text}
          aria-describedby={textDescribedBy}
          aria-invalid={errors.text ? true : undefined}
          onChange={(event) => set({ text: event.target.value })}
        />
        {errors.text && (
          <p id={`${id}-text-error`} className="form__error">
            {t(`error.${errors.text}`, {
              count: values.text.trim().length,
              max: MAX_TEXT.toLocaleString('nl-NL'),
              over,
            })}
          </p>
        )}
      </div>
      <AudienceChoice
        idPrefix={id}
        legend={t('audience.legend')}
        value={values.audience}
        onChange={(audience) => set({ audience })}
      />
      <ReadersPreview
        id={`${id}-readers`}
        caseId={caseId}
        me={me}
        subject={subject}
        audience={values.audience}
      />
      <p role="status" className={failed ? 'form__error' : 'visually-hidden'}>
        {failed ? t('error.failed') : ''}
      </p>
      <div className="voice-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {editing ? t('save') : t('submit')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            void draft.discard();
            onClose(false);
          }}
        >
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
