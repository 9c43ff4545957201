import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { logout } from '../../data/session/session';

export function LogoutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  async function onClick() {
    if (busy) return;
    setBusy(true);
    await logout();
    await navigate('/login', { replace: true });
  }

  return (
    <button type="button" className="button button--quiet" aria-busy={busy} onClick={() => void onClick()}>
      {busy ? t('logout.busy') : t('logout.button')}
    </button>
  );
}
