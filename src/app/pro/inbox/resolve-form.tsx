import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceField, TextAreaField } from '../components/fields';
import { refusalKey } from '../components/refusal';
import { useWrite } from '../components/use-write';

type Outcome = 'corrected' | 'kept';

/**
 * Answering a correction request without changing a reason: "blijft zo" with the reason the family
 * will read, or (when it is not about a reason, which is adjusted in its own form) "aangepast".
 */
export function ResolveForm({ perspectiveId, outcomes }: { perspectiveId: string; outcomes: Outcome[] }) {
  const { t } = useTranslation(['proinbox', 'pro']);
  const { write, busy } = useWrite();
  const [outcome, setOutcome] = useState<Outcome | null>(outcomes.length === 1 ? outcomes[0]! : null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ outcome?: string; reason?: string; refusal?: string }>({});

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = {
      outcome: outcome ? undefined : t('proinbox:resolve.outcomeRequired'),
      reason: reason.trim() ? undefined : t('proinbox:resolve.reasonRequired'),
    };
    setErrors(found);
    if (!outcome || found.reason) return;
    const result = await write('perspective.resolve', { id: perspectiveId, outcome, reason: reason.trim() });
    if (result.state === 'rejected') setErrors({ refusal: t(`pro:refusal.${refusalKey(result.code)}`) });
  }

  return (
    <form className="form pro-form" noValidate onSubmit={(event) => void onSubmit(event)} aria-busy={busy}>
      {errors.refusal && (
        <p className="field__error" role="alert">
          {errors.refusal} {t('pro:form.inputKept')}
        </p>
      )}
      {outcomes.length > 1 && (
        <ChoiceField
          id="resolve-outcome"
          label={t('proinbox:resolve.outcome')}
          value={outcome}
          onChange={setOutcome}
          error={errors.outcome}
          options={outcomes.map((value) => ({ value, label: t(`proinbox:resolve.${value}`) }))}
        />
      )}
      <TextAreaField
        id="resolve-reason"
        label={outcome === 'kept' ? t('proinbox:resolve.keptReason') : t('proinbox:resolve.reason')}
        hint={t('proinbox:resolve.reasonHint')}
        required
        value={reason}
        onChange={setReason}
        error={errors.reason}
      />
      <button type="submit" className="button" aria-disabled={busy}>
        {busy
          ? t('pro:form.saving')
          : outcome === 'kept'
            ? t('proinbox:resolve.submitKept')
            : t('proinbox:resolve.submit')}
      </button>
    </form>
  );
}
