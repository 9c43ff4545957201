import { useTranslation } from 'react-i18next';
import { contacts } from '../../../shared/catalog/rights';
import { telHref } from '../involved/contact-links';

/** The one thing to do first, on top: call someone who is on your side. The full list is below. */
export function HelpCallout() {
  const { t } = useTranslation('rightspage');
  const phone = contacts.jeugdstem.phone;
  return (
    <div className="help-callout">
      <p>{t('callout.text')}</p>
      <div className="contact__links">
        {phone && (
          <a className="button button--primary" href={telHref(phone)}>
            {t('help.call', { phone })}
          </a>
        )}
        <a className="button" href="#help">
          {t('callout.more')}
        </a>
      </div>
    </div>
  );
}
