import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unlock } from '../../data/lock/app-lock';
import { logout } from '../../data/session/session';
import { usePageTitle } from '../components/use-page-title';
import { clearExited } from '../safety/quick-exit';

type Notice = { kind: 'wrong'; left: number } | { kind: 'invalid' } | null;

/**
 * Shown instead of every private page while the app is locked, or after "Snel weg" in this tab.
 * The PIN field is a password field with autocomplete "current-password" and a fixed username, so
 * paste and password managers work (SECURITY.md H2) and the saved entry is not the login password.
 */
export function LockScreen({ pinRequired, onOpen }: { pinRequired: boolean; onOpen: () => void }) {
  const { t } = useTranslation('safety');
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  usePageTitle(t('lock.title'));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pinRequired) {
      clearExited();
      return onOpen();
    }
    const pin = String(new FormData(event.currentTarget).get('pin') ?? '');
    if (pin.trim() === '') return setNotice({ kind: 'invalid' });
    setBusy(true);
    const result = await unlock(pin);
    setBusy(false);
    if (result.kind === 'wrong') return setNotice(result);
    clearExited();
    onOpen();
  }

  const error =
    notice?.kind === 'wrong' ? t('lock.wrong', { count: notice.left }) : notice ? t('lock.empty') : null;

  return (
    <div className="lock-screen">
      <h1>{t('lock.title')}</h1>
      <p>{pinRequired ? t('lock.intro') : t('lock.introNoPin')}</p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        {pinRequired && (
          <>
            <input type="text" name="username" autoComplete="username" value="pincode" readOnly hidden />
            <div className="field">
              <label htmlFor={`${id}-pin`}>{t('lock.pinLabel')}</label>
              <input
                id={`${id}-pin`}
                name="pin"
                type="password"
                inputMode="numeric"
                autoComplete="current-password"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              />
            </div>
            {error && (
              <p id={`${id}-error`} className="form__error" role="alert">
                {error}
              </p>
            )}
          </>
        )}
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          {busy ? t('lock.busy') : t('lock.open')}
        </button>
      </form>
      {pinRequired && (
        <>
          <p>{t('lock.forgot')}</p>
          <button type="button" className="button button--quiet" onClick={() => void logout().then(onOpen)}>
            {t('lock.logout')}
          </button>
        </>
      )}
    </div>
  );
}
