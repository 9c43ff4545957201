import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setIdentity, useIdentity, type Identity } from '../../pwa/identity';

const choices: Identity[] = ['gezien', 'neutral'];

/** Neutral identity (SECURITY.md G2): name and icon on the home screen, titles of every page. */
export function IdentitySettings() {
  const { t } = useTranslation('settings');
  const id = useId();
  const identity = useIdentity();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('identity.title')}</h2>
      <p>{t('identity.explain')}</p>
      <fieldset className="field">
        <legend>{t('identity.legend')}</legend>
        {choices.map((choice) => (
          <div key={choice} className="choice">
            <input
              type="radio"
              id={`${id}-${choice}`}
              name="identity"
              checked={identity === choice}
              onChange={() => setIdentity(choice)}
            />
            <label htmlFor={`${id}-${choice}`}>{t(`identity.${choice}`)}</label>
          </div>
        ))}
      </fieldset>
      <p>{t('identity.reinstall')}</p>
    </section>
  );
}
