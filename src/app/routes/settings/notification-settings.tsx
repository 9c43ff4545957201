import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPushOn, pushSupported, turnPushOff, turnPushOn } from '../../../data/push/push-subscription';
import { useIdentity } from '../../pwa/identity';

type State = 'unknown' | 'off' | 'on' | 'denied' | 'unsupported' | 'failed';

/** Notifications are off until the person presses the button here (the only place that asks). */
export function NotificationSettings() {
  const { t, i18n } = useTranslation('settings');
  const id = useId();
  const neutral = useIdentity() === 'neutral';
  const [state, setState] = useState<State>(() => (pushSupported() ? 'unknown' : 'unsupported'));

  useEffect(() => {
    if (!pushSupported()) return;
    isPushOn().then(
      (on) => setState(on ? 'on' : 'off'),
      () => setState('off'),
    );
  }, []);

  async function turnOn() {
    try {
      setState(await turnPushOn(i18n.resolvedLanguage === 'en' ? 'en' : 'nl', neutral));
    } catch {
      setState('failed');
    }
  }

  async function turnOff() {
    await turnPushOff().catch(() => undefined);
    setState('off');
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('notifications.title')}</h2>
      <p>{t('notifications.explain')}</p>
      <p role="status">{state === 'unknown' ? '' : t(`notifications.state.${state}`)}</p>
      {(state === 'off' || state === 'failed') && (
        <button type="button" className="button" onClick={() => void turnOn()}>
          {t('notifications.turnOn')}
        </button>
      )}
      {state === 'on' && (
        <button type="button" className="button" onClick={() => void turnOff()}>
          {t('notifications.turnOff')}
        </button>
      )}
    </section>
  );
}
