import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseEvent } from '../../../shared/domain';
import { refusalKey } from '../components/refusal';
import { useWrite } from '../components/use-write';
import { proPaths } from '../pro-paths';

/** Cancel an appointment, after one question: it disappears for everyone who was invited. */
export function CancelEvent({ event }: { event: CaseEvent }) {
  const { t } = useTranslation(['procase', 'pro']);
  const navigate = useNavigate();
  const { write, busy } = useWrite();
  const [asking, setAsking] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  async function cancel() {
    if (busy) return;
    const result = await write('event.cancel', { id: event.id });
    if (result.state === 'rejected') setRefusal(t(`pro:refusal.${refusalKey(result.code)}`));
    else void navigate(proPaths.events(event.caseId), { state: { saved: result.state } });
  }

  return (
    <section className="pro-danger" aria-labelledby="cancel-event">
      <h2 id="cancel-event">{t('procase:event.cancel.title')}</h2>
      {refusal && (
        <p role="alert" className="field__error">
          {refusal}
        </p>
      )}
      {asking ? (
        <>
          <p>{t('procase:event.cancel.question', { title: event.title })}</p>
          <button type="button" className="button" aria-disabled={busy} onClick={() => void cancel()}>
            {t('procase:event.cancel.yes')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setAsking(false)}>
            {t('pro:form.cancel')}
          </button>
        </>
      ) : (
        <button type="button" className="button" onClick={() => setAsking(true)}>
          {t('procase:event.cancel.button')}
        </button>
      )}
    </section>
  );
}
