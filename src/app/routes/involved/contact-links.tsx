import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/domain';
import { PLAIN_EMAIL } from '../../../shared/domain/primitives';

/** `tel:` wants digits and an optional leading +; people write numbers with spaces and dashes. */
export const telHref = (phone: string) => `tel:${phone.replace(/(?!^\+)[^\d]/g, '')}`;

export function ContactLinks({ contact }: { contact: Contact | null | undefined }) {
  const { t } = useTranslation('involved');
  // Missing contact: hidden from this reader by the professional, or not known. Say nothing.
  if (!contact || (!contact.phone && !contact.email)) return null;
  return (
    <div className="contact">
      <ul className="contact__links" role="list">
        {contact.phone && (
          <li>
            <a className="button" href={telHref(contact.phone)}>
              {t('card.call', { phone: contact.phone })}
            </a>
          </li>
        )}
        {/* Only a plain address becomes a link: never a mailto: with extra recipients or parameters. */}
        {contact.email && PLAIN_EMAIL.test(contact.email) && (
          <li>
            <a className="button" href={`mailto:${contact.email}`}>
              {t('card.mail', { email: contact.email })}
            </a>
          </li>
        )}
      </ul>
      {contact.hours && <p className="contact__hours">{t('card.hours', { hours: contact.hours })}</p>}
    </div>
  );
}
