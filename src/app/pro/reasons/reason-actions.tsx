import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayInNl } from '../../../shared/catalog/dates';
import type { Statement } from '../../../shared/domain';
import { refusalKey } from '../components/refusal';
import { useWrite } from '../components/use-write';
import { proPaths } from '../pro-paths';

/**
 * Keeping a reason current: "Nog steeds juist" sets the day it was last checked; "Aanpassen" opens
 * the form (the old wording stays, marked replaced); "Intrekken" asks once more, then withdraws it
 * (it stays readable, struck through). What happened is announced in a status line.
 */
export function ReasonActions({ statement }: { statement: Statement }) {
  const { t } = useTranslation(['prodecision', 'pro']);
  const { write, busy } = useWrite();
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState('');
  if (statement.status === 'withdrawn') return null;
  const status = statement.status;

  async function run(done: string, send: () => ReturnType<typeof write>) {
    if (busy) return;
    const result = await send();
    setOutcome(result.state === 'rejected' ? t(`pro:refusal.${refusalKey(result.code)}`) : done);
  }
  const { history: _history, ...value } = statement;
  const confirm = () =>
    run(t('prodecision:reason.actions.confirmed'), () =>
      write('statement.put', { value: { ...value, status, lastCheckedOn: todayInNl() } }),
    );
  const withdraw = () => {
    setConfirming(false);
    void run(t('prodecision:reason.actions.withdrawn'), () =>
      write('statement.withdraw', { id: statement.id }),
    );
  };

  return (
    <div className="reason-actions">
      <button type="button" className="button" aria-disabled={busy} onClick={() => void confirm()}>
        {t('prodecision:reason.actions.confirm')}
      </button>
      <Link className="button" to={proPaths.reason(statement.caseId, statement.decisionId, statement.id)}>
        {t('prodecision:reason.actions.adjust')}
      </Link>
      {confirming ? (
        <span role="group" aria-label={t('prodecision:reason.actions.withdrawQuestion')}>
          <span>{t('prodecision:reason.actions.withdrawQuestion')} </span>
          <button type="button" className="button" onClick={withdraw}>
            {t('prodecision:reason.actions.withdrawYes')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('pro:form.cancel')}
          </button>
        </span>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('prodecision:reason.actions.withdraw')}
        </button>
      )}
      <p role="status" className="reason-actions__outcome">
        {outcome}
      </p>
    </div>
  );
}
