import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { passkeysSupported } from '../../../data/session/passkey';
import { isIos } from '../../pwa/install-prompt';
import { FailedLoginsNotice } from './failed-logins-notice';
import { SharedDeviceChoice } from './shared-device-choice';
import { useLogin } from './use-login';
import '../../styles/forms.css';

export function LoginPage() {
  const { t } = useTranslation(['auth', 'errors', 'safety']);
  const navigate = useNavigate();
  const goHome = () => void navigate('/', { replace: true });
  const { state, submit, submitPasskey } = useLogin(goHome);
  const [showPassword, setShowPassword] = useState(false);
  const [missing, setMissing] = useState(false);
  usePageTitle(t('auth:login.title'));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const sharedDevice = form.get('sharedDevice') === 'yes';
    setMissing(!username || !password);
    if (username && password) void submit(username, password, sharedDevice);
  }

  if (state.status === 'warned') return <FailedLoginsNotice count={state.failedLogins} onContinue={goHome} />;
  const busy = state.status === 'busy' || state.status === 'passkey';
  const error = missing
    ? t('auth:login.missing')
    : state.status === 'failed'
      ? t(`errors:${state.code}`)
      : null;

  return (
    <div className="narrow">
      <h1>{t('auth:login.title')}</h1>
      <p>{t('auth:login.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <div className="field">
          <label htmlFor="username">{t('auth:login.username')}</label>
          <input
            id="username"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="password">{t('auth:login.password')}</label>
          <input
            id="password"
            name="password"
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            aria-invalid={error ? true : undefined}
          />
          <button
            type="button"
            className="button button--quiet"
            aria-pressed={showPassword}
            aria-controls="password"
            onClick={() => setShowPassword((shown) => !shown)}
          >
            {t('auth:login.showPassword')}
          </button>
        </div>
        <SharedDeviceChoice />
        {error && (
          <p className="form__error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          {state.status === 'busy' ? t('auth:login.busy') : t('auth:login.submit')}
        </button>
      </form>
      {isIos() && <p className="login__ios">{t('safety:login.iosOwnLogin')}</p>}
      {passkeysSupported() && (
        <>
          <p>{t('auth:login.or')}</p>
          <button type="button" className="button" aria-disabled={busy} onClick={() => void submitPasskey()}>
            {state.status === 'passkey' ? t('auth:login.passkeyBusy') : t('auth:login.passkey')}
          </button>
        </>
      )}
    </div>
  );
}
