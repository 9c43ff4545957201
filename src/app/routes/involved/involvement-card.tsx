import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Involvement } from '../../../shared/domain';
import { InitialsAvatar } from '../../components/initials-avatar';
import { useDateFormat } from '../../i18n/format-date';
import { ContactLinks } from './contact-links';
import { youth } from '../../i18n/youth';

interface Props {
  involvement: Involvement;
  headingLevel: 3 | 4;
  isYouth: boolean;
  /** Earlier contacts show their period and no contact details. */
  ended?: boolean;
  /** Shown at the end of the card ("Mijn kant" on the family's pages). */
  children?: ReactNode;
}

export function InvolvementCard({ involvement, headingLevel, isYouth, ended = false, children }: Props) {
  const { t } = useTranslation(['involved', 'roles']);
  const format = useDateFormat();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const { roleKey, personName, organisation } = involvement;
  const name = personName || organisation;

  return (
    <article className="card" aria-labelledby={headingId}>
      <div className="card__head">
        <InitialsAvatar name={name} />
        <div>
          <Heading id={headingId} className="card__title">
            {name}
          </Heading>
          <p className="card__role">{t(`roles:role.${roleKey}.name`)}</p>
          {personName && <p className="card__org">{organisation}</p>}
          {involvement.function && <p className="card__function">{involvement.function}</p>}
        </div>
      </div>
      {!ended && <p>{t(`roles:role.${roleKey}.what`, youth(isYouth))}</p>}
      {!ended && (
        <details className="card__decide">
          <summary>{t('involved:card.decide')}</summary>
          <dl>
            <dt>{t('involved:card.mayDecide')}</dt>
            <dd>{t(`roles:role.${roleKey}.mayDecide`, youth(isYouth))}</dd>
            <dt>{t('involved:card.mayNotDecide')}</dt>
            <dd>{t(`roles:role.${roleKey}.mayNotDecide`, youth(isYouth))}</dd>
          </dl>
        </details>
      )}
      {!ended && <ContactLinks contact={involvement.contact} />}
      <p className="card__since">
        {ended && involvement.until
          ? t('involved:earlier.period', {
              from: format.day(involvement.since),
              to: format.day(involvement.until),
            })
          : t('involved:card.since', { date: format.day(involvement.since) })}
      </p>
      {children}
    </article>
  );
}
