import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { logout } from '../../data/session/session';
import { countUnsent } from '../../data/sync/pending';
import { syncOnce } from '../../data/sync/sync-engine';

/**
 * Logout wipes the device, unsent writes included. So it first tries to send them, and when some
 * still could not go (offline), it says so and lets the person choose: nothing a family wrote
 * disappears without them knowing.
 */
export function LogoutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [unsent, setUnsent] = useState(0);

  async function logOutNow() {
    setUnsent(0);
    setBusy(true);
    await logout();
    await navigate('/login', { replace: true });
  }

  async function onClick() {
    if (busy) return;
    setBusy(true);
    if ((await countUnsent()) > 0) await syncOnce().catch(() => undefined);
    const left = await countUnsent();
    if (left > 0) {
      setBusy(false);
      setUnsent(left);
      return;
    }
    await logOutNow();
  }

  return (
    <>
      <button type="button" className="button button--quiet" aria-busy={busy} onClick={() => void onClick()}>
        {busy ? t('logout.busy') : t('logout.button')}
      </button>
      {unsent > 0 && (
        <div role="alertdialog" aria-labelledby="logout-warning-text" className="logout-warning">
          <p id="logout-warning-text">{t('logout.unsent', { count: unsent })}</p>
          <div className="logout-warning__actions">
            <button type="button" className="button" autoFocus onClick={() => setUnsent(0)}>
              {t('logout.stay')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => void logOutNow()}>
              {t('logout.anyway')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
