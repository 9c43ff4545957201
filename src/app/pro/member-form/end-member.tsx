import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Member } from '../../../shared/domain';
import { refusalKey } from '../components/refusal';
import { useWrite } from '../components/use-write';
import { proPaths } from '../pro-paths';

/** Taking a member out of the case, after saying plainly what follows, and asking once more. */
export function EndMember({ caseId, member }: { caseId: string; member: Member }) {
  const { t } = useTranslation(['promember', 'pro']);
  const navigate = useNavigate();
  const { write, busy } = useWrite();
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  async function end() {
    if (busy) return;
    const result = await write('member.end', { id: member.id });
    if (result.state === 'rejected') setRefusal(t(`pro:refusal.${refusalKey(result.code)}`));
    else void navigate(proPaths.case(caseId), { state: { saved: result.state } });
  }

  return (
    <section className="pro-danger" aria-labelledby="end-member-title">
      <h2 id="end-member-title">{t('promember:end.title')}</h2>
      <p>{t('promember:end.what', { name: member.displayName })}</p>
      {refusal && (
        <p className="field__error" role="alert">
          {refusal}
        </p>
      )}
      {confirming ? (
        <div className="pro-actions">
          <button
            type="button"
            className="button button--primary"
            aria-disabled={busy}
            onClick={() => void end()}
          >
            {t('promember:end.confirm', { name: member.displayName })}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('pro:form.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('promember:end.start')}
        </button>
      )}
    </section>
  );
}
