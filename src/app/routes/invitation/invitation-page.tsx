import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { invitationTokenFrom } from '../../../data/session/invitation';
import { passkeysSupported } from '../../../data/session/passkey';
import { usePageTitle } from '../../components/use-page-title';
import { useRedeem } from './use-redeem';
import '../../styles/forms.css';

/** `/welkom#t=<token>`: the member redeems their invitation (SECURITY.md B1, B4, B5, H2). */
export function InvitationPage() {
  const { t } = useTranslation(['invitation', 'errors']);
  const { hash } = useLocation();
  const token = invitationTokenFrom(hash);
  usePageTitle(t('invitation:title'));

  return (
    <div className="narrow">
      <h1>{t('invitation:title')}</h1>
      {token ? <Redeem token={token} /> : <p role="alert">{t('invitation:noLink')}</p>}
    </div>
  );
}

function Redeem({ token }: { token: string }) {
  const { t } = useTranslation(['invitation', 'errors']);
  const navigate = useNavigate();
  const redeem = useRedeem(token, () => void navigate('/', { replace: true }));
  const [missing, setMissing] = useState(false);
  const [showPassword, setShowPassword] = useState(false);
  const message = missing
    ? t(redeem.state.step === 'code' ? 'invitation:code.missing' : 'invitation:password.missing')
    : redeem.error && t(`errors:${redeem.error}`);
  const alert = message && (
    <p className="form__error" role="alert">
      {message}
    </p>
  );

  function onCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '').replace(/\s/g, '');
    setMissing(!/^\d{6}$/.test(code));
    if (/^\d{6}$/.test(code)) void redeem.checkCode(code);
  }

  function onPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    setMissing(!username || !password);
    if (username && password) void redeem.usePassword(username, password);
  }

  if (redeem.state.step === 'code') {
    return (
      <>
        <p>{t('invitation:intro')}</p>
        <form className="form" noValidate onSubmit={onCode} aria-busy={redeem.busy === 'code'}>
          <div className="field">
            <label htmlFor="code">{t('invitation:code.label')}</label>
            <p id="code-hint">{t('invitation:code.hint')}</p>
            <input
              id="code"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              aria-describedby="code-hint"
              aria-invalid={message ? true : undefined}
            />
          </div>
          {alert}
          <button type="submit" className="button button--primary" aria-disabled={redeem.busy !== null}>
            {redeem.busy === 'code' ? t('invitation:code.busy') : t('invitation:code.submit')}
          </button>
        </form>
      </>
    );
  }

  return (
    <>
      <h2>{t('invitation:choose.title', { name: redeem.state.displayName })}</h2>
      <p>{t('invitation:choose.intro')}</p>
      {alert}
      {passkeysSupported() && (
        <section aria-labelledby="passkey-title">
          <h3 id="passkey-title">{t('invitation:passkey.title')}</h3>
          <p>{t('invitation:passkey.what')}</p>
          <button
            type="button"
            className="button button--primary"
            aria-disabled={redeem.busy !== null}
            onClick={() => void redeem.usePasskey()}
          >
            {redeem.busy === 'passkey' ? t('invitation:passkey.busy') : t('invitation:passkey.submit')}
          </button>
        </section>
      )}
      <section aria-labelledby="password-title">
        <h3 id="password-title">{t('invitation:password.title')}</h3>
        <form className="form" noValidate onSubmit={onPassword} aria-busy={redeem.busy === 'password'}>
          <div className="field">
            <label htmlFor="new-username">{t('invitation:password.username')}</label>
            <p id="username-hint">{t('invitation:password.usernameHint')}</p>
            <input
              id="new-username"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              aria-describedby="username-hint"
            />
          </div>
          <div className="field">
            <label htmlFor="new-password">{t('invitation:password.password')}</label>
            <p id="password-hint">{t('invitation:password.passwordHint')}</p>
            <input
              id="new-password"
              name="password"
              type={showPassword ? 'text' : 'password'}
              autoComplete="new-password"
              aria-describedby="password-hint"
            />
            <button
              type="button"
              className="button button--quiet"
              aria-pressed={showPassword}
              aria-controls="new-password"
              onClick={() => setShowPassword((shown) => !shown)}
            >
              {t('invitation:password.showPassword')}
            </button>
          </div>
          <button type="submit" className="button" aria-disabled={redeem.busy !== null}>
            {redeem.busy === 'password' ? t('invitation:password.busy') : t('invitation:password.submit')}
          </button>
        </form>
      </section>
    </>
  );
}
