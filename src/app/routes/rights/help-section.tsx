import { useTranslation } from 'react-i18next';
import { contacts, type ContactKey } from '../../../shared/catalog/rights';
import type { Involvement } from '../../../shared/domain';
import { telHref } from '../involved/contact-links';
import type { HelperRole } from './use-rights-view';
import { youth } from '../../i18n/youth';

/** The order a family needs them: someone on your side first, then advice, then the watchdogs. */
const order: ({ contact: ContactKey } | { helper: HelperRole | 'klachtencommissie' })[] = [
  { contact: 'jeugdstem' },
  { helper: 'vertrouwenspersoon' },
  { contact: 'juridisch-loket' },
  { helper: 'advocaat' },
  { helper: 'bijzondere-curator' },
  { helper: 'klachtencommissie' },
  { contact: 'kinderombudsman' },
  { contact: 'veilig-thuis' },
  { contact: 'autoriteit-persoonsgegevens' },
];

interface Props {
  helpers: Record<HelperRole, Involvement[]>;
  isYouth: boolean;
}

export function HelpSection({ helpers, isYouth }: Props) {
  const { t } = useTranslation(['rightspage', 'rights']);
  return (
    <section aria-labelledby="help" className="section">
      <h2 id="help">{t('rightspage:help.title')}</h2>
      <p className="lead">{t('rightspage:help.intro')}</p>
      <ul className="cards helpers" role="list">
        {order.map((entry) =>
          'contact' in entry ? (
            <li key={entry.contact}>
              <ContactCard contactKey={entry.contact} />
            </li>
          ) : entry.helper === 'vertrouwenspersoon' ? (
            // The case's own vertrouwenspersoon (if any) sits right under Jeugdstem, as a name to call.
            helpers.vertrouwenspersoon.map((person) => (
              <li key={person.id}>
                <InCase person={person} />
              </li>
            ))
          ) : (
            <li key={entry.helper}>
              <article className="card helper" aria-labelledby={`help-${entry.helper}`}>
                <h3 id={`help-${entry.helper}`} className="card__title">
                  {t(`rightspage:help.${entry.helper}.name`)}
                </h3>
                <p>{t(`rightspage:help.${entry.helper}.what`, youth(isYouth))}</p>
                {entry.helper !== 'klachtencommissie' &&
                  helpers[entry.helper].map((person) => <InCaseLine key={person.id} person={person} />)}
              </article>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

function ContactCard({ contactKey }: { contactKey: ContactKey }) {
  const { t } = useTranslation(['rightspage', 'rights']);
  const { phone, website } = contacts[contactKey];
  return (
    <article className="card helper" aria-labelledby={`contact-${contactKey}`}>
      <h3 id={`contact-${contactKey}`} className="card__title">
        {t(`rights:contact.${contactKey}.name`)}
      </h3>
      <p>{t(`rights:contact.${contactKey}.what`)}</p>
      <ul className="contact__links" role="list">
        {phone && (
          <li>
            <a className="button button--primary" href={telHref(phone)}>
              {t('rightspage:help.call', { phone })}
            </a>
          </li>
        )}
        <li>
          <a className="button" href={`https://${website}`} rel="noreferrer" target="_blank">
            {t('rightspage:help.website', { site: website })}
          </a>
        </li>
      </ul>
    </article>
  );
}

function InCase({ person }: { person: Involvement }) {
  const { t } = useTranslation(['rightspage', 'roles']);
  return (
    <article className="card helper" aria-labelledby={`help-${person.id}`}>
      <h3 id={`help-${person.id}`} className="card__title">
        {t(`roles:role.${person.roleKey}.name`)}
      </h3>
      <InCaseLine person={person} />
    </article>
  );
}

function InCaseLine({ person }: { person: Involvement }) {
  const { t } = useTranslation('rightspage');
  const phone = person.contact?.phone;
  return (
    <div className="helper__in-case">
      <p>{t('help.inCase', { name: person.personName || person.organisation })}</p>
      {phone && (
        <a className="button" href={telHref(phone)}>
          {t('help.call', { phone })}
        </a>
      )}
    </div>
  );
}
