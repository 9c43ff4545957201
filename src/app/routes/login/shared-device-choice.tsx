import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import '../../styles/my-story.css';

/** "Dit is niet mijn eigen apparaat" (SECURITY.md G4): nothing is stored, logout on close. */
export function SharedDeviceChoice() {
  const { t } = useTranslation('safety');
  const id = useId();
  return (
    <div className="choice">
      <input type="checkbox" id={id} name="sharedDevice" value="yes" aria-describedby={`${id}-explain`} />
      <label htmlFor={id}>
        {t('login.sharedDevice')}
        <span id={`${id}-explain`} className="choice__explain">
          {t('login.sharedDeviceExplain')}
        </span>
      </label>
    </div>
  );
}
