import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_IDLE_MINUTES,
  disableLock,
  enableLock,
  idleChoices,
  lockNow,
  lockSettings,
  setIdleMinutes,
} from '../../../data/lock/app-lock';
import { isValidPin, normalisePin } from '../../../data/lock/lock-keys';
import { useLockStatus } from '../../shell/use-lock-status';

type Problem = 'invalid' | 'mismatch' | null;

/**
 * App lock (SECURITY.md D3–D5). New-PIN fields use autocomplete "new-password" with a fixed
 * username, so a password manager can keep the PIN apart from the login password; paste works.
 */
export function LockSettings() {
  const { t } = useTranslation('settings');
  const id = useId();
  const status = useLockStatus();
  const [idle, setIdle] = useState(DEFAULT_IDLE_MINUTES);
  const [problem, setProblem] = useState<Problem>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');

  useEffect(() => {
    void lockSettings().then((settings) => settings && setIdle(settings.idleMinutes));
  }, [status]);

  async function turnOn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const pin = normalisePin(String(form.get('pin') ?? ''));
    if (!isValidPin(pin)) return setProblem('invalid');
    if (pin !== normalisePin(String(form.get('repeat') ?? ''))) return setProblem('mismatch');
    setProblem(null);
    setBusy(true);
    await enableLock(pin, idle);
    setBusy(false);
    setDone(t('lock.turnedOn'));
  }

  async function turnOff() {
    setBusy(true);
    await disableLock();
    setBusy(false);
    setDone(t('lock.turnedOff'));
  }

  async function changeIdle(minutes: number) {
    setIdle(minutes);
    if (status === 'open') await setIdleMinutes(minutes);
  }

  const errorId = `${id}-error`;
  const idleField = (
    <div className="field">
      <label htmlFor={`${id}-idle`}>{t('lock.idleLabel')}</label>
      <select
        id={`${id}-idle`}
        value={idle}
        onChange={(event) => void changeIdle(Number(event.target.value))}
      >
        {idleChoices.map((minutes) => (
          <option key={minutes} value={minutes}>
            {t('lock.minutes', { count: minutes })}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('lock.title')}</h2>
      <p>{t('lock.explain')}</p>
      <p className="settings__honest">{t('lock.honest')}</p>
      <p role="status">{done}</p>
      {status === 'open' ? (
        <div className="form">
          <p>
            <strong>{t('lock.isOn')}</strong>
          </p>
          {idleField}
          <div className="settings__actions">
            <button type="button" className="button" onClick={lockNow}>
              {t('lock.lockNow')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              aria-disabled={busy}
              onClick={() => void turnOff()}
            >
              {t('lock.turnOff')}
            </button>
          </div>
        </div>
      ) : (
        <form className="form" noValidate onSubmit={(event) => void turnOn(event)} aria-busy={busy}>
          <input type="text" name="username" autoComplete="username" value="pincode" readOnly hidden />
          <div className="field">
            <label htmlFor={`${id}-pin`}>{t('lock.pinLabel')}</label>
            <p id={`${id}-pin-hint`} className="field__hint">
              {t('lock.pinHint')}
            </p>
            <input
              id={`${id}-pin`}
              name="pin"
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-pin-hint ${errorId}` : `${id}-pin-hint`}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-repeat`}>{t('lock.repeatLabel')}</label>
            <input
              id={`${id}-repeat`}
              name="repeat"
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              aria-invalid={problem === 'mismatch' ? true : undefined}
              aria-describedby={problem ? errorId : undefined}
            />
          </div>
          {idleField}
          {problem && (
            <p id={errorId} className="form__error" role="alert">
              {t(`lock.${problem}`)}
            </p>
          )}
          <button type="submit" className="button button--primary" aria-disabled={busy}>
            {busy ? t('lock.busy') : t('lock.turnOn')}
          </button>
        </form>
      )}
    </section>
  );
}
